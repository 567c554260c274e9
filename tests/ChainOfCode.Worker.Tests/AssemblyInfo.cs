// Real worker processes on a shared 2-core machine: one test class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
