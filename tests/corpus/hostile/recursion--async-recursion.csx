// class: recursion
// expected: recursion_limit
// why: an async method that awaits itself.
async System.Threading.Tasks.Task<int> Down(int n) => await Down(n + 1) + 1;
return await Down(0);
