// what: word ladder shortest transformation by BFS with HashSet visited set and parent map path reconstruction
// input: 
// expected: {"path":["hit","hot","dot","dog","cog"],"steps":5,"none":0}
class Solution
{
    public List<string> Ladder(string begin, string end, IEnumerable<string> wordList)
    {
        var words = new HashSet<string>(wordList);
        if (!words.Contains(end)) return new List<string>();
        var parent = new Dictionary<string, string?> { [begin] = null };
        var queue = new Queue<string>();
        queue.Enqueue(begin);
        while (queue.Count > 0)
        {
            var word = queue.Dequeue();
            if (word == end) break;
            var chars = word.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char original = chars[i];
                for (char c = 'a'; c <= 'z'; c++)
                {
                    if (c == original) continue;
                    chars[i] = c;
                    var next = new string(chars);
                    if (words.Contains(next) && !parent.ContainsKey(next))
                    {
                        parent[next] = word;
                        queue.Enqueue(next);
                    }
                }
                chars[i] = original;
            }
        }
        var path = new List<string>();
        if (!parent.ContainsKey(end)) return path;
        for (string? w = end; w != null; w = parent[w]) path.Add(w);
        path.Reverse();
        return path;
    }
}

var solver = new Solution();
var path = solver.Ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"]);
var none = solver.Ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log"]);
return new { path, steps = path.Count, none = none.Count };
