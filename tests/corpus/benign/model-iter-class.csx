// what: IEnumerable implementation in a class with yield
// input: 
// expected: 15
class Countdown : IEnumerable<int>
{
    private readonly int start;
    public Countdown(int start) => this.start = start;
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = start; i > 0; i--) yield return i;
    }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
return new Countdown(5).Sum();
