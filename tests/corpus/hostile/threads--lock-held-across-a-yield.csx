// class: threads
// expected: rejected COC0007
// why: an iterator takes a lock on the host's input string and stops at a yield inside it; the run ends with its thread
// still owning the monitor (idle threads are reused, and one that exits leaves the monitor orphaned), so every other
// thread of the host that locks that object waits forever, outside every guard.
IEnumerable<int> Hold()
{
    lock (Input)
    {
        yield return 1;
        yield return 2;
    }
}

var held = Hold().GetEnumerator();
held.MoveNext();
return held.Current;
