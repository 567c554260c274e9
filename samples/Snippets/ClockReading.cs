using System;

namespace Snippets;

/// <summary>COC0012: banned by this project's ChainOfCode.policy (DateTime.Now makes runs irreproducible).</summary>
public static class ClockReading
{
    public static int DaysUntil(DateTime date) => (date.Date - DateTime.Now.Date).Days;
}
