# An XML entity bomb ("billion laughs") in a sheet: a DOCTYPE, which no
# workbook has, is refused before any entity is expanded.
$ { echo '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
$   i=1; p=lol; while [ $i -le 9 ]; do
$       printf '<!ENTITY lol%d "&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;">' $i $p $p $p $p $p $p $p $p $p $p
$       p=lol$i; i=$((i + 1)); done
$   echo ']><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
$ } | ../mkxlsx | ../balance crm-import
! crm-import: xl/worksheets/sheet1.xml in the workbook has a DOCTYPE, which no workbook needs (an entity bomb?): refused
? 1
