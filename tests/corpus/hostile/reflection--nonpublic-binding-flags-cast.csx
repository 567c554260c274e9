// class: reflection
// expected: rejected COC0011
// why: BindingFlags.NonPublic written as a constant cast (36 = NonPublic | Instance); in the scripts' allowlist mode BindingFlags is outside the allowed surface (COC0011), in denylist mode COC0004 names the cast.
return typeof(string).GetFields((System.Reflection.BindingFlags)36).Length;
