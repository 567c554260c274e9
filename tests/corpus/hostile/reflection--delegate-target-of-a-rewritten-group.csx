// class: reflection
// expected: rejected COC0011
// why: the target of a delegate over Console.WriteLine is the run's own writer once the guards rewrite it; a delegate's Target and Method stay outside the allowed surface.
Action<string> write = Console.WriteLine;
object owner = write.Target!;
return owner.GetType().Name + write.Method.Name;
