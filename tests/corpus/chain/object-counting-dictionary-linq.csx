// Question: I have a flute, a piano, four stoves, a violin, and two lamps. How many musical instruments do I have?
// Expected: 3
var counts = parse_counts("I have a flute, a piano, four stoves, a violin, and two lamps.");
int instruments = 0;
foreach (var (item, count) in counts)
{
    if (is_musical_instrument(item))
    {
        instruments += count;
    }
}
return instruments;
