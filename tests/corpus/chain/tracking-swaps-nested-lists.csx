// Question: Alice, Bob, and Claire each buy a book: Alice gets Ulysses, Bob gets Frankenstein, and Claire gets Lolita. First, Claire and Bob swap books. Then, Bob and Alice swap books. Finally, Claire and Bob swap books. At the end of the semester, Bob has (A) Ulysses (B) Frankenstein (C) Lolita
// Expected: (B)
string story = "Alice gets Ulysses, Bob gets Frankenstein, and Claire gets Lolita. First, Claire and Bob swap books. Then, Bob and Alice swap books. Finally, Claire and Bob swap books.";
Dictionary<string, string> holding = initial_holdings(story);
List<List<string>> swaps = parse_swaps(story);
foreach (var swap in swaps)
{
    (holding[swap[0]], holding[swap[1]]) = (holding[swap[1]], holding[swap[0]]);
}
string book = holding["Bob"];
string letter = option_letter(book, "(A) Ulysses (B) Frankenstein (C) Lolita");
return letter;
