// class: directives
// expected: rejected COC0010
// why: #load with a relative path climbing out of the working directory.
#load "../../secrets/keys.csx"
return 1;
