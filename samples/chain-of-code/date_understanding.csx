// BIG-Bench Hard "date_understanding": which option is the asked date?
// Input: "Today is Sep 9, 1909. What is the date 10 days ago in MM/DD/YYYY?\nOptions:\n(A) 08/30/1909\n...". Returns "(A)".
// The program parses what a program can: the options, the asked shift ("10 days ago", "one week from
// today", "tomorrow", "24 hours later", ...) and today's date when one sentence states it plainly
// ("Today is Sep 9, 1909.", "Tomorrow is 11/12/2019.", "Yesterday was April 30, 2021."). Everything
// else ("Today is Christmas Eve of 1937", "their golden wedding anniversary", two people disagreeing)
// needs understanding: TodayFromContext is not defined here, so the Chain-of-Code runner hands the call
// to the emulator; assigned to a string, its reply is typed as a string, the date as MM/DD/YYYY.
TimeSpan regexTimeout = TimeSpan.FromSeconds(1);
CultureInfo invariant = CultureInfo.InvariantCulture;
string[] dateFormats = ["M/d/yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy"];

int optionsAt = Input.IndexOf("Options:", StringComparison.Ordinal);
string text = (optionsAt >= 0 ? Input[..optionsAt] : Input).Trim();
var options = new List<(string Label, string Date)>();
if (optionsAt >= 0)
{
    foreach (Match option in Regex.Matches(Input[optionsAt..], @"^\(([A-Z])\)\s*(\S+)\s*$", RegexOptions.Multiline, regexTimeout))
    {
        options.Add(($"({option.Groups[1].Value})", option.Groups[2].Value));
    }
}

// The question is the last sentence: "What is the date <shift> in MM/DD/YYYY?"
Match asked = Regex.Match(text, @"What is the date (?<shift>.+?) in MM/DD/YYYY\?$", RegexOptions.None, regexTimeout);
if (!asked.Success)
{
    throw new FormatException("expected \"What is the date ... in MM/DD/YYYY?\"");
}

string context = text[..asked.Index].Trim();
string shift = asked.Groups["shift"].Value;

DateTime? stated = PlainToday(context);
string todayText = stated is { } plain ? plain.ToString("MM/dd/yyyy", invariant) : TodayFromContext(context);
DateTime today = DateTime.ParseExact(todayText, "MM/dd/yyyy", invariant);
DateTime answer = Shift(today, shift);
string answerText = answer.ToString("MM/dd/yyyy", invariant);
Console.WriteLine($"today {todayText}, {shift}: {answerText}");

if (options.Count == 0)
{
    return answerText;
}

return options.FirstOrDefault(option => option.Date == answerText).Label
    ?? throw new FormatException($"no option is {answerText}");

// Today's date when exactly one sentence of the context speaks of the present (today, tomorrow, yesterday,
// now, current), the context holds exactly one full date, in that sentence, and the sentence states it in
// one of the plain forms below; otherwise null (the question needs understanding).
DateTime? PlainToday(string context)
{
    string date = @"(?<date>\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})";
    string[] sentences = Regex.Split(context, @"(?<=[.!?])\s+", RegexOptions.None, regexTimeout);
    var present = sentences
        .Where(s => Regex.IsMatch(s, @"\b(today|tomorrow|yesterday|now|current)\b", RegexOptions.IgnoreCase, regexTimeout))
        .ToList();
    if (present.Count != 1 || Regex.Matches(context, date, RegexOptions.None, regexTimeout).Count != 1)
    {
        return null;
    }

    string sentence = present[0];
    (string Pattern, int Days)[] plainForms =
    [
        (@"^(?:Today is|It is) " + date + @"(?: today)?\.?$", 0),
        (@"^Today, " + date + ",", 0),
        (@"^The current local time is [0-9: ]+(?:am|pm) of " + date + @"\.?$", 0),
        (@"^Tomorrow is " + date + @"\.?$", -1),
        (@"\btomorrow,? \(?(?:[A-Z][a-z]{2}, )?" + date + @"\)?\.?$", -1),
        (@"^Yesterday(?: was|,) " + date + @"[.,]", 1),
    ];
    foreach (var (pattern, days) in plainForms)
    {
        Match match = Regex.Match(sentence, pattern, RegexOptions.None, regexTimeout);
        if (match.Success && TryParseDate(match.Groups["date"].Value, out DateTime parsed))
        {
            return parsed.AddDays(days);
        }
    }

    return null;
}

bool TryParseDate(string value, out DateTime date)
{
    string cleaned = Regex.Replace(value, @"(\d)(st|nd|rd|th)\b", "$1", RegexOptions.None, regexTimeout).Replace(".", "", StringComparison.Ordinal);
    return DateTime.TryParseExact(cleaned, dateFormats, invariant, DateTimeStyles.None, out date);
}

// "today", "tomorrow", "yesterday", "<n> <unit>(s) ago|later|from today|before|after" (unit: hour, day, week, month, year).
DateTime Shift(DateTime from, string shift)
{
    string s = shift.Trim().ToLowerInvariant();
    switch (s)
    {
        case "today":
            return from;
        case "tomorrow":
            return from.AddDays(1);
        case "yesterday":
            return from.AddDays(-1);
    }

    Match m = Regex.Match(s, @"^(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?<unit>hour|day|week|month|year)s? (?<way>ago|before|later|after|from)\b", RegexOptions.None, regexTimeout);
    if (!m.Success)
    {
        throw new FormatException($"unknown shift '{shift}'");
    }

    string[] words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    string n = m.Groups["n"].Value;
    int amount = n is "a" or "an" ? 1 : int.TryParse(n, NumberStyles.None, invariant, out int digits) ? digits : Array.IndexOf(words, n);
    int sign = m.Groups["way"].Value is "ago" or "before" ? -1 : 1;
    return m.Groups["unit"].Value switch
    {
        "hour" => from.AddHours(sign * amount),
        "day" => from.AddDays(sign * amount),
        "week" => from.AddDays(sign * 7 * amount),
        "month" => from.AddMonths(sign * amount),
        _ => from.AddYears(sign * amount),
    };
}
