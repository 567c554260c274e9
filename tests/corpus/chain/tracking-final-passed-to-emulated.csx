// Question: Alice, Bob, and Claire trade books: Alice gets Hound of the Baskervilles, Bob gets The Odyssey, and Claire gets Catch-22. First, Claire and Alice swap books. Then, Bob and Claire swap books. Finally, Alice and Bob swap books. At the end, Claire has (A) Hound of the Baskervilles (B) The Odyssey (C) Catch-22
// Expected: (B)
string story = "Alice gets Hound of the Baskervilles, Bob gets The Odyssey, and Claire gets Catch-22. First, Claire and Alice swap books. Then, Bob and Claire swap books. Finally, Alice and Bob swap books.";
string options = "(A) Hound of the Baskervilles (B) The Odyssey (C) Catch-22";
string letter = match_option(final_item_of(story, "Claire"), options);
Console.WriteLine($"Claire ends with {letter}");
return letter;
