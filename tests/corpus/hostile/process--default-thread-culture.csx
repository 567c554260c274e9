// class: process
// expected: rejected COC0002
// why: CultureInfo.DefaultThreadCurrentCulture changes every later thread of the host.
CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("tr-TR");
return 1;
