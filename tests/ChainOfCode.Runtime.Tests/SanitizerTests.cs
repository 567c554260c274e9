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
    public void Removes_paths_and_addresses(string message, string secret)
    {
        string clean = MessageSanitizer.Sanitize(message);

        Assert.DoesNotContain(secret, clean);
    }

    [Fact]
    public void Removes_host_stack_frames()
    {
        string message = "Boom\n   at ChainOfCode.Runtime.ScriptRunner.Run() in /src/ScriptRunner.cs:line 10\n   at Host.Main()";

        Assert.Equal("Boom", MessageSanitizer.Sanitize(message));
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
