// what: cooperative cancellation: a CancellationTokenSource the script cancels itself part-way through an async loop, a registered callback, ThrowIfCancellationRequested and a linked source
// input: 
// expected: "processed 4 of 10, cancelled=True, callbacks=1, linked=True, status=stopped"
using System.Threading;

async Task<int> ProcessAsync(IReadOnlyList<int> items, CancellationToken token, Action<int> onItem)
{
    int done = 0;
    foreach (var item in items)
    {
        token.ThrowIfCancellationRequested();
        await Task.Yield();
        onItem(item);
        done++;
    }
    return done;
}

using var cts = new CancellationTokenSource();
int callbacks = 0;
cts.Token.Register(() => callbacks++);
using var linked = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
int processed = 0;
string status;
try
{
    await ProcessAsync(Enumerable.Range(1, 10).ToList(), linked.Token, item =>
    {
        processed++;
        if (item == 4) cts.Cancel();
    });
    status = "finished";
}
catch (OperationCanceledException)
{
    status = "stopped";
}
return $"processed {processed} of 10, cancelled={cts.IsCancellationRequested}, callbacks={callbacks}, linked={linked.IsCancellationRequested}, status={status}";
