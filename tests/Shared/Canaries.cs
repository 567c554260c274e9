using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace ChainOfCode.Tests.Shared;

/// <summary>
/// The canaries every real-effect test checks, one set per test process: a 0600 and a 0644 secret file, an
/// environment secret set when the test assembly loads (before any pool starts, so a worker that inherited the
/// host's environment would have it), a loopback listener that records every connection it accepts, a marker
/// path that a started process or a file write would create, a marker process a script might try to kill, and a
/// <c>#load</c> target that would print its token if it were ever loaded. After an attack, <see cref="AssertUntouched"/>.
/// </summary>
internal static class Canaries
{
    public const string SecretVariable = "COC_CANARY_SECRET";

    private static readonly Lazy<CanarySet> Set = new(() => new CanarySet());

    /// <summary>
    /// The environment secret's value (also the token the other canaries carry). A child host of this assembly
    /// inherits it from its parent, so both check the same secret.
    /// </summary>
    public static string Secret { get; } = Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } inherited ? inherited : "canary-" + Guid.NewGuid().ToString("N");

    public static string PrivateFile => Set.Value.PrivateFile;

    public static string PublicFile => Set.Value.PublicFile;

    public static string Marker => Set.Value.Marker;

    /// <summary>A marker straight in the host's temp directory (world-writable): a write that reached the host's <c>/tmp</c> would create it.</summary>
    public static string TempMarker => Set.Value.TempMarker;

    /// <summary>A world-readable file of the repository (its solution file), or, outside a clone, this test assembly.</summary>
    public static string RepositoryFile { get; } = FindRepositoryFile();

    public static string LoadTarget => Set.Value.LoadTarget;

    public static string ReferenceTarget => Set.Value.ReferenceTarget;

    public static int Port => Set.Value.Port;

    public static int MarkerProcessId => Set.Value.MarkerProcess.Id;

    /// <summary>How many connections the loopback listener has accepted since the process started.</summary>
    public static int Accepted => Set.Value.Accepted;

    /// <summary>Set before anything else in the test assembly runs: no pool, no runner exists yet.</summary>
#pragma warning disable CA2255 // The secret must be in the environment before any test starts a pool or a child.
    [ModuleInitializer]
    internal static void SetEnvironmentSecret() => Environment.SetEnvironmentVariable(SecretVariable, Secret);
#pragma warning restore CA2255

    /// <summary>Fills a real-effect attack's placeholders with this process's canaries.</summary>
    public static string Fill(string code) => code
        .Replace("{private}", PrivateFile, StringComparison.Ordinal)
        .Replace("{public}", PublicFile, StringComparison.Ordinal)
        .Replace("{marker}", Marker, StringComparison.Ordinal)
        .Replace("{tmpmarker}", TempMarker, StringComparison.Ordinal)
        .Replace("{repo}", RepositoryFile, StringComparison.Ordinal)
        .Replace("{load}", LoadTarget, StringComparison.Ordinal)
        .Replace("{ref}", ReferenceTarget, StringComparison.Ordinal)
        .Replace("{port}", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pid}", MarkerProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{host}", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{variable}", SecretVariable, StringComparison.Ordinal);

    /// <summary>
    /// Nothing reached a canary: no secret in what came back, the files as they were, no connection accepted, no
    /// marker created, the marker process alive, the environment secret still set in the host.
    /// </summary>
    public static void AssertUntouched(string what, string resultJson)
    {
        CanarySet set = Set.Value;
        Assert.DoesNotContain(Secret, resultJson, StringComparison.Ordinal);
        Assert.Equal(set.PrivateText, File.ReadAllText(set.PrivateFile));
        Assert.Equal(set.PublicText, File.ReadAllText(set.PublicFile));
        Assert.True(set.Accepted == 0, $"{what}: the loopback listener accepted {set.Accepted} connection(s)");
        Assert.False(File.Exists(set.Marker), $"{what}: the marker was created");
        Assert.False(File.Exists(set.TempMarker), $"{what}: the marker in the host's temp directory was created");
        Assert.False(set.MarkerProcess.HasExited, $"{what}: the marker process was killed");
        Assert.Equal(Secret, Environment.GetEnvironmentVariable(SecretVariable));
    }

    private static string FindRepositoryFile()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            string solution = Path.Combine(directory, "ChainOfCode.Analyzers.sln");
            if (File.Exists(solution))
            {
                return solution;
            }
        }

        return typeof(Canaries).Assembly.Location;
    }

    private sealed class CanarySet
    {
        private int accepted;

        public CanarySet()
        {
            // A directory others may enter (0755): the 0600 file is then protected by its own mode alone.
            string directory = Directory.CreateTempSubdirectory("coc-canaries-").FullName;
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(directory, (UnixFileMode)Convert.ToInt32("755", 8));
            }

            PrivateFile = Path.Combine(directory, "secret-0600.txt");
            PrivateText = "private " + Secret;
            File.WriteAllText(PrivateFile, PrivateText);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(PrivateFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            PublicFile = Path.Combine(directory, "secret-0644.txt");
            PublicText = "public " + Secret;
            File.WriteAllText(PublicFile, PublicText);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(PublicFile, (UnixFileMode)Convert.ToInt32("644", 8));
            }

            Marker = Path.Combine(directory, "marker");
            TempMarker = Path.Combine(Path.GetTempPath(), "coc-canary-marker-" + Secret);
            LoadTarget = Path.Combine(directory, "loaded.csx");
            File.WriteAllText(LoadTarget, "Console.Write(\"loaded " + Secret + "\");\n");
            ReferenceTarget = Path.Combine(directory, "referenced.dll");
            File.WriteAllText(ReferenceTarget, Secret);

            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    using TcpClient client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref accepted);
                }
            });

            MarkerProcess = Process.Start(new ProcessStartInfo("sleep", "86400") { UseShellExecute = false })!;
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                MarkerProcess.Kill();
                listener.Stop();
                Directory.Delete(directory, recursive: true);
                File.Delete(TempMarker);
            };
        }

        public string PrivateFile { get; }

        public string PrivateText { get; }

        public string PublicFile { get; }

        public string PublicText { get; }

        public string Marker { get; }

        public string TempMarker { get; }

        public string LoadTarget { get; }

        public string ReferenceTarget { get; }

        public int Port { get; }

        public Process MarkerProcess { get; }

        public int Accepted => Volatile.Read(ref accepted);
    }
}
