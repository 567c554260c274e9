using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary>
/// <c>coc eval</c>'s answer extraction for every BIG-Bench Hard answer format: an answer is right when it says the target
/// in the task's format (an option's letter, a yes/no/true/false/valid/invalid word or a bool, a number, a word list, a
/// dyck_languages closing sequence) and wrong otherwise.
/// </summary>
public sealed class EvalDatasetTests
{
    private const string DateQuestion = "Today is Christmas Eve of 1937. What is the date tomorrow in MM/DD/YYYY?\nOptions:\n(A) 12/11/1937\n(B) 12/25/1937\n(C) 01/04/1938";

    [Theory]
    [InlineData("(B)", "(B)", DateQuestion)]
    [InlineData("B", "(B)", DateQuestion)]
    [InlineData("(B) 12/25/1937", "(B)", DateQuestion)]
    [InlineData("12/25/1937", "(B)", DateQuestion)]
    [InlineData("Yes", "yes", "Is the following sentence plausible?")]
    [InlineData("True", "Yes", "Does Leda tell the truth?")]
    [InlineData("False", "No", "Does Leda tell the truth?")]
    [InlineData("True", "valid", "Is the argument valid or invalid?")]
    [InlineData("Invalid", "invalid", "Is the argument valid or invalid?")]
    [InlineData("true", "True", "not ( True ) or ( True ) is")]
    [InlineData("24.0", "24", "((-1 + 2 + 9 * 5) - (-2 + -4 + -4 * -7)) =")]
    [InlineData("costume  counterpart\noven", "costume counterpart oven", "Sort the following words alphabetically")]
    [InlineData(")]}", ") ] }", "Complete the rest of the sequence: [ { (")]
    public void An_answer_in_the_tasks_format_matches(string answer, string target, string input)
    {
        Assert.True(EvalDataset.Matches(answer, new EvalExample(input, target)));
    }

    [Theory]
    [InlineData("(A)", "(B)", DateQuestion)]
    [InlineData("A", "(B)", DateQuestion)]
    [InlineData("(B)x", "(B)", DateQuestion)]
    [InlineData("12/11/1937", "(B)", DateQuestion)]
    [InlineData("01/01/2000", "(B)", DateQuestion)]
    [InlineData("No", "yes", "Is the following sentence plausible?")]
    [InlineData("True", "No", "Does Leda tell the truth?")]
    [InlineData("maybe", "No", "Does Leda tell the truth?")]
    [InlineData("False", "valid", "Is the argument valid or invalid?")]
    [InlineData("24.5", "24", "arithmetic")]
    [InlineData("counterpart costume oven", "costume counterpart oven", "Sort the following words alphabetically")]
    [InlineData("costumecounterpart oven", "costume counterpart oven", "Sort the following words alphabetically")]
    [InlineData(")}]", ") ] }", "Complete the rest of the sequence: [ { (")]
    public void An_answer_that_says_something_else_does_not_match(string answer, string target, string input)
    {
        Assert.False(EvalDataset.Matches(answer, new EvalExample(input, target)));
    }

    [Theory]
    [InlineData("[\"apple\", \"banana\"]", "apple banana")]
    [InlineData("[\")\", \"]\"]", ") ]")]
    [InlineData("true", "True")]
    [InlineData("3", "3")]
    [InlineData("{\"a\": 1}", "{\"a\": 1}")]
    public void A_returned_value_is_the_text_the_labels_write(string value, string answer)
    {
        using JsonDocument json = JsonDocument.Parse(value);

        Assert.Equal(answer, EvalDataset.Answer(json.RootElement, string.Empty));
    }
}
