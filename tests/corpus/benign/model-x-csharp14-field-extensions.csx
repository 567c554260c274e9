// what: C# 14: the field keyword in property accessors and null-conditional assignment
// input: 
// expected: "-273.15 21.46 room before cozy True"
class Temperature
{
    public double Celsius
    {
        get => field;
        set => field = Math.Round(Math.Clamp(value, -273.15, 1_000_000), 2);
    }

    public string Label { get => field ?? "unnamed"; set; }
    public Temperature? Previous { get; set; }
    public List<string>? Notes { get; set; }
}

var t = new Temperature { Celsius = -500 };
var u = new Temperature { Celsius = 21.456, Label = "room", Previous = t };
u.Previous?.Label = "before";
Temperature? none = null;
none?.Label = "ignored";
u.Notes = ["warm"];
u.Notes?[0] = "cozy";
t.Notes?.Add("never");
return $"{t.Celsius} {u.Celsius} {u.Label} {t.Label} {u.Notes?[0]} {t.Notes is null}";
