# The master may be compressed or a workbook, read as the tools read
# their inputs; a value stays text (the leading + and zeros kept).
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$ mk=$(cd ../../bad && pwd)/mkxlsx; cd "$d"
$ c() { printf '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' "$1" "$2"; }
$ { printf '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'; printf '<row r="1">'; c A1 customer_id; c B1 phone; printf '</row><row r="2">'; c A2 a; c B2 +0041; printf '</row></sheetData></worksheet>'; } | "$mk" >m.xlsx
$ printf 'customer_id,phone\nb,+44\n' | gzip >m.csv.gz
$ printf 'customer_id,order_date,amount\na,2024-01-05,10\nb,2024-01-05,10\n' >t.csv
$ crm-rfm -q --join m.xlsx t.csv | cut -d, -f1,18-
$ crm-rfm -q --join m.csv.gz t.csv | cut -d, -f1,18-
> customer_id,phone
> a,+0041
> b,
> customer_id,phone
> a,
> b,+44
? 0
