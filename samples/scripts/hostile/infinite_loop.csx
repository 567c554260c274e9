// expected: timeout — the loop never ends; the step budget or the deadline stops it.
long spins = 0;
while (true)
{
    spins++;
}
