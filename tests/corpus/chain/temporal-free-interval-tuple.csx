// Question: Today, Jason went to the movies. Between what times could they have gone? Jason woke up at 10am. Jason was at the office from 10am to 3pm. The movies was closed after 7pm. Jason was seen at the gym from 5pm to 7pm. Options: (A) 10am to 3pm (B) 3pm to 5pm (C) 5pm to 7pm
// Expected: (B)
(int start, int end) = free_interval("Jason woke up at 10am. Jason was at the office from 10am to 3pm. The movies was closed after 7pm. Jason was seen at the gym from 5pm to 7pm.");
string Hour(int h) => h == 12 ? "12pm" : h > 12 ? $"{h - 12}pm" : $"{h}am";
string wanted = $"{Hour(start)} to {Hour(end)}";
var options = new[] { "(A) 10am to 3pm", "(B) 3pm to 5pm", "(C) 5pm to 7pm" };
return options.Single(o => o.EndsWith(wanted)).Substring(0, 3);
