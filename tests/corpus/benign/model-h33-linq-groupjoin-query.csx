// what: LINQ query syntax with join into (group join), let, group by into, orderby descending and a left outer join with DefaultIfEmpty
// input: 
// expected: "Eng:3:320 Ops:2:152 Legal:0:0 | Ann,Bo,Di,Cy,Ed,- | 50+:Bo/Cy/Ed 100+:Ann/Di"
var departments = new[] { (Id: 1, Name: "Eng"), (Id: 2, Name: "Ops"), (Id: 3, Name: "Legal") };
var staff = new[]
{
    (Name: "Ann", Dept: 1, Salary: 120), (Name: "Bo", Dept: 1, Salary: 95), (Name: "Cy", Dept: 2, Salary: 70),
    (Name: "Di", Dept: 1, Salary: 105), (Name: "Ed", Dept: 2, Salary: 82),
};

var summary =
    from d in departments
    join s in staff on d.Id equals s.Dept into members
    let total = members.Sum(m => m.Salary)
    orderby total descending, d.Name
    select $"{d.Name}:{members.Count()}:{total}";

var leftJoin =
    from d in departments
    join s in staff on d.Id equals s.Dept into g
    from s in g.DefaultIfEmpty()
    select s.Name ?? "-";

var bands =
    from s in staff
    group s by s.Salary / 50 into band
    orderby band.Key
    select $"{band.Key * 50}+:{string.Join("/", band.Select(x => x.Name))}";

return $"{string.Join(" ", summary)} | {string.Join(",", leftJoin)} | {string.Join(" ", bands)}";
