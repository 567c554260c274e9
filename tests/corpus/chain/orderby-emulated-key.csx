// Question: Order the animals from lightest to heaviest: elephant, mouse, horse.
// Expected: mouse, horse, elephant
var animals = new[] { "elephant", "mouse", "horse" };
int WeightKg(string animal) => TypicalWeight(animal);
var ordered = animals.OrderBy(a => WeightKg(a)).ToList();
return string.Join(", ", ordered);
