// class: environment
// expected: rejected
// why: special folder; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
