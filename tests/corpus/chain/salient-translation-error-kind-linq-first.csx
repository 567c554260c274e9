// Question: Source: Der Rhein ist 1230 Kilometer lang. Translation: The Rhine is 230 kilometers long. The translation contains an error pertaining to Options: (A) Modifiers or Adjectives (B) Numerical Values (C) Negation or Antonyms (D) Named Entities (E) Dropped Content (F) Facts
// Expected: (B)
var options = new Dictionary<string, string> { ["(A)"] = "Modifiers or Adjectives", ["(B)"] = "Numerical Values", ["(C)"] = "Negation or Antonyms", ["(D)"] = "Named Entities", ["(E)"] = "Dropped Content", ["(F)"] = "Facts" };
var kind = classify_translation_error("Der Rhein ist 1230 Kilometer lang.", "The Rhine is 230 kilometers long.", options.Values.ToList());
return options.First(o => o.Value == kind).Key;
