using System;

namespace Snippets;

/// <summary>COC0006: reading secrets and host details from the environment.</summary>
public static class EnvironmentProbe
{
    public static string ApiKey() => Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "none";

    public static string WhereAmI() => Environment.MachineName + ":" + Environment.CurrentDirectory;
}
