// what: hyperbaton checks adjective order with an enum category per word and a sequence comparison
// input: 
// expected: "(A)"
enum Category { Opinion, Size, Age, Shape, Color, Origin, Material, Purpose }
var categoryOf = new Dictionary<string, Category>
{
    ["lovely"] = Category.Opinion, ["big"] = Category.Size, ["old"] = Category.Age, ["circular"] = Category.Shape,
    ["green"] = Category.Color, ["Mexican"] = Category.Origin, ["wool"] = Category.Material, ["hiking"] = Category.Purpose,
};
bool InOrder(string phrase)
{
    var cats = phrase.Split(' ').SkipLast(1).Select(w => categoryOf[w]).ToList();
    return cats.Zip(cats.Skip(1)).All(p => p.First <= p.Second);
}
string a = "lovely old circular green Mexican wool hiking sweater";
string b = "old lovely green circular wool Mexican sweater";
return (InOrder(a), InOrder(b)) switch
{
    (true, false) => "(A)",
    (false, true) => "(B)",
    _ => "neither",
};
