// Question: What is the capital of the country whose flag is a red maple leaf?
// Expected: Ottawa
string question = "What is the capital of the country whose flag is a red maple leaf?";
string country = CountryOf("a red maple leaf flag");
string answer = "";
answer = figure_out_answer(question, country)
return answer;
