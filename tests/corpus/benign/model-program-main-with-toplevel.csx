// what: top-level statements beside a class with Main: the top level runs, Main is not called
// input: 
// expected: 1
class Program
{
    static int Main() => 99;
}
return 1;
