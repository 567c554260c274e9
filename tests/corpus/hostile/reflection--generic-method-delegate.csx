// class: reflection
// expected: rejected COC0004
// why: Delegate.DynamicInvoke called from the script's own generic method.
object? Call<T>(T d) where T : Delegate => d.DynamicInvoke();
return Call<Func<int>>(() => 1);
