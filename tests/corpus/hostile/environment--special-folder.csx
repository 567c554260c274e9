// class: environment
// expected: rejected COC0006
// why: special folder; the gate refuses it (COC0006) before anything runs.
return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
