// Question: Today, Susan went to the coffee shop. Between what times could they have gone? Susan woke up at 7am. Linda saw Susan driving to the water park from 7am to 11am. John saw Susan buying clothes at the mall from 11am to 12pm. The coffee shop was closed after 9pm. Between 12pm and 9pm Susan was at the gym until 6pm. Options: (A) 7am to 11am (B) 11am to 12pm (C) 6pm to 9pm (D) 12pm to 6pm
// Expected: (C)
var busy = busy_hours("Susan woke up at 7am. Linda saw Susan driving to the water park from 7am to 11am. John saw Susan buying clothes at the mall from 11am to 12pm. Between 12pm and 9pm Susan was at the gym until 6pm.");
var free = new List<int>();
for (int hour = 7; hour < 21; hour++)
{
    if (!busy.Contains(hour))
    {
        free.Add(hour);
    }
}
var options = new Dictionary<string, (int From, int To)> { ["(A)"] = (7, 11), ["(B)"] = (11, 12), ["(C)"] = (18, 21), ["(D)"] = (12, 18) };
return options.First(o => free.Contains(o.Value.From) && free.Contains(o.Value.To - 1)).Key;
