// class: compiler
// expected: rejected COCR0002
// why: 40 interpolated strings nested in one another's holes, 170 characters: Roslyn binds each level as a string and
// again as a handler, so its work doubles with each (20 levels: coc check 34 s of CPU; 40: days), far within the nesting cap.
var x = 1;
return $"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{$"{x}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}"}";
