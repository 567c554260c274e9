// what: ref returns into arrays and a struct buffer, ref locals, ref reassignment and ref readonly
// input: 
// expected: "3,0,7,38 | 23 9 8 | 4,2,1,1 a=4"
static ref int FindLargest(int[] values)
{
    int index = 0;
    for (int i = 1; i < values.Length; i++)
        if (values[i] > values[index]) index = i;
    return ref values[index];
}

static ref int Cell(int[,] grid, int r, int c) => ref grid[r, c];

class Counter
{
    private int[] _counts = new int[4];
    public ref int this[char c] => ref _counts[c - 'a'];
    public ref readonly int Peek(int i) => ref _counts[i];
    public override string ToString() => string.Join(",", _counts);
}

int[] numbers = { 3, 41, 7, 19 };
ref int largest = ref FindLargest(numbers);
largest = 0; // zero out the largest in place
ref int next = ref FindLargest(numbers);
next *= 2;

var grid = new int[3, 3];
for (int i = 0; i < 3; i++) Cell(grid, i, i) = i + 1;
ref int corner = ref Cell(grid, 0, 2);
corner = 9;
corner = ref Cell(grid, 2, 0); // ref reassignment
corner = 8;

var counter = new Counter();
foreach (char ch in "abacabad") counter[ch]++;
ref readonly int a = ref counter.Peek(0);
int sum = 0;
foreach (var g in grid) sum += g;
return $"{string.Join(",", numbers)} | {sum} {grid[0, 2]} {grid[2, 0]} | {counter} a={a}";
