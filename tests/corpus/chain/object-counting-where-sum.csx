// Question: I have an apple, three bananas, a stove, and two lamps. How many fruits do I have?
// Expected: 4
List<string> items = list_items("I have an apple, three bananas, a stove, and two lamps.");
int total = items.Where(item => is_fruit(item)).Sum(item => quantity_of(item));
return total;
