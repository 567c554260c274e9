namespace ChainOfCode.Runtime.Isolation;

/// <summary>The environment variables the host sets for a worker and the worker reads: one list for both sides of the process boundary.</summary>
internal static class WorkerEnvironment
{
    /// <summary>"1" only when the pool runs in test-only probe mode (<see cref="WorkerPoolOptions.UnsafeTestProbe"/>); the worker reads it once and removes it.</summary>
    public const string UnsafeProbe = "COC_WORKER_UNSAFE_PROBE";
}
