// what: switch statements with type patterns, case null, when guards, stacked labels and fallthrough via goto
// input: 
// expected: {"handled":["nothing","negative","zero","zero","number","long text 20","text 'hi'","ints 6","late","other Double"],"yearDays":366,"bad":"month"}
static string Handle(object? message)
{
    switch (message)
    {
        case null:
            return "nothing";
        case int n when n < 0:
            return "negative";
        case 0:
        case 0L:
            return "zero";
        case int or long:
            return "number";
        case string { Length: > 10 } s:
            return "long text " + s.Length;
        case string s:
            return $"text '{s}'";
        case IEnumerable<int> xs:
            int total = 0;
            foreach (var x in xs) total += x;
            return "ints " + total;
        case Exception ex:
            return ex.Message;
        default:
            return "other " + message.GetType().Name;
    }
}

static int DaysIn(int month, int year)
{
    int days;
    switch (month)
    {
        case 2:
            days = DateTime.IsLeapYear(year) ? 29 : 28;
            break;
        case 4: case 6: case 9: case 11:
            days = 30;
            break;
        case >= 1 and <= 12:
            days = 31;
            break;
        default:
            throw new ArgumentOutOfRangeException(nameof(month));
    }
    return days;
}

object?[] inputs = [null, -4, 0, 0L, 99, "a very long sentence", "hi", new List<int> { 1, 2, 3 }, new TimeoutException("late"), 2.5];
var handled = inputs.Select(Handle).ToList();
int yearDays = Enumerable.Range(1, 12).Sum(m => DaysIn(m, 2024));
string bad;
try { DaysIn(13, 2024); bad = "?"; } catch (ArgumentOutOfRangeException e) { bad = e.ParamName!; }
return new { handled, yearDays, bad };
