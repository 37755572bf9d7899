# The progress line on a terminal is erased before any other message:
# crm-rfm's and crm-abc's score and Pareto lines, written while it is
# shown, start on a line of their own, not after "rows/s ".
. "$CRM_TOP/tests/e2e/lib.sh"
command -v script >/dev/null 2>&1 || { echo "no script(1): skipped"; exit 77; }
# The header, then after 2 s (the line is drawn at most once a second)
# 70 000 rows: the count passes 65 536 and the line is drawn.
cat >gen.sh <<'SH'
echo customer_id,order_date,amount,monetary
sleep 2
awk 'BEGIN { for (i = 0; i < 70000; i++)
	printf "c%d,2024-01-%02d,%d.50,%d\n", i % 5000, i % 28 + 1, i % 90 + 1, i }'
SH
for tool in "crm-rfm -o out.csv" "crm-abc -v monetary -o out.csv"; do
	script -qec "sh gen.sh | $tool" /dev/null >tty.txt 2>&1 </dev/null ||
		fail "$tool: $(cat tty.txt)"
	grep -q 'rows/s' tty.txt || fail "$tool: no progress line drawn: $(cat tty.txt)"
	grep -q 'rows/s *crm-' tty.txt && fail "$tool: a message after the progress line: $(cat tty.txt)"
	# Each progress line is erased (CR, ESC [K) before the next message.
	awk '/rows\/s/ && !/rows\/s \r\033\[K/ { bad = 1 } END { exit bad }' tty.txt ||
		fail "$tool: progress line not erased: $(od -c tty.txt | head -n 20)"
done
exit 0
