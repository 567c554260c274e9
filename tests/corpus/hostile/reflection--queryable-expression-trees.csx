// class: reflection
// expected: compile_error
// why: AsQueryable would compile and run expression trees outside the guards; System.Linq.Queryable is not among a script's references, so it binds to nothing.
return new[] { 1, 2, 3 }.AsQueryable().Where(x => x > 1).Count();
