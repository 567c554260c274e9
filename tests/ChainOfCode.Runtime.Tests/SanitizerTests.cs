using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime.Tests;

/// <summary>One sanitizer for every message that leaves the runtime.</summary>
public sealed class SanitizerTests
{
    [Theory]
    [InlineData("Could not find file '/etc/passwd'.", "/etc/passwd")]
    [InlineData("Could not find file '/home/runner/work/app/secret.json'.", "/home/runner")]
    [InlineData(@"Access to C:\Users\admin\key.pem is denied", @"C:\Users")]
    [InlineData("Loaded from file:///opt/app/bin/x.dll", "/opt/app")]
    [InlineData("Access violation at 0x00007FFA12345678", "00007FFA12345678")]
    [InlineData("cannot write >/etc/cron.d/job", "/etc/cron.d")]
    [InlineData("see `/root/.ssh/id_rsa` for the key", "/root/.ssh")]
    [InlineData("config {/var/lib/app/secret.json} missing", "/var/lib/app")]
    [InlineData("options={\"path\":\"/srv/data/x\"}", "/srv/data")]
    [InlineData("pipe|/usr/local/bin/tool failed", "/usr/local/bin")]
    [InlineData("include <~/private/notes.txt>", "~/private")]
    [InlineData("2>/tmp/host-log/err.txt", "/tmp/host-log")]
    public void Removes_paths_and_addresses(string message, string secret)
    {
        string clean = MessageSanitizer.Sanitize(message);

        Assert.DoesNotContain(secret, clean);
    }

    [Theory]
    [InlineData("at 0x00007FFA12345678: access violation", "access violation")]
    [InlineData("at least one item is required", "at least one item is required")]
    [InlineData("at Index(3) the value is missing", "at Index(3) the value is missing")]
    public void Keeps_a_message_that_only_begins_like_a_frame(string message, string kept)
    {
        Assert.Contains(kept, MessageSanitizer.Sanitize(message), StringComparison.Ordinal);
    }

    [Fact]
    public void Removes_host_stack_frames()
    {
        string message = "Boom\n   at ChainOfCode.Runtime.ScriptRunner.Run() in /src/ScriptRunner.cs:line 10\n   at Host.Main()";

        Assert.Equal("Boom", MessageSanitizer.Sanitize(message));
    }

    [Fact]
    public void A_pattern_that_times_out_leaves_the_message_scrubbed_not_thrown()
    {
        string message = "Could not find file '/etc/passwd' at 0x7FFA12 near C:\\Users\\admin \u202Eok\u202C fine\n   at Host.Main() in /src/Host.cs:line 3";

        string clean = MessageSanitizer.Sanitize(message, _ => throw new RegexMatchTimeoutException());

        Assert.Equal("Could not find file <removed> at <removed> near <removed> <removed> fine", clean);
    }

    [Fact]
    public void Caps_the_length()
    {
        string clean = MessageSanitizer.Sanitize(new string('x', 500));

        Assert.Equal(new string('x', 200) + "...[truncated]", clean);
    }

    [Fact]
    public void Keeps_ordinary_text()
    {
        Assert.Equal("Index was out of range (line 3)", MessageSanitizer.Sanitize("Index was out of range (line 3)"));
        Assert.Equal("1/2 and a/b stay", MessageSanitizer.Sanitize("1/2 and a/b stay"));
    }

    [Fact]
    public void Compiler_messages_leave_sanitized()
    {
        GateResult verdict = ScriptGate.Check("#load \"/etc/shadow/secret.csx\"\nvar x = 1;");

        Assert.All(verdict.Diagnostics, d => Assert.DoesNotContain("/etc/shadow", d.Message));
        Assert.DoesNotContain("/etc/shadow", verdict.Error);
    }
}
