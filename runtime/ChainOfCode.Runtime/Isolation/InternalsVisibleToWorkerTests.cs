using System.Runtime.CompilerServices;

// The worker tests observe the pool's dispatch hook (RequestSent) to kill a worker mid-run without sleeping.
[assembly: InternalsVisibleTo("ChainOfCode.Worker.Tests")]
