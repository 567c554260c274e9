// Question: Starting from "cold", apply Warmer until it is "hot". How many steps?
// Expected: 2
string state = "cold";
int steps = 0;
while (!IsHot(state) && steps < 10)
{
    state = Warmer(state);
    steps++;
}
return steps;
