# A workbook written the way openpyxl writes one: numbers and dates typed, one formula without a
# cached value (openpyxl never computes), strings as inline strings (t="inlineStr", openpyxl 3.1).
import openpyxl, csv, datetime, sys, re, zipfile, shutil
src='/work/wt-harden/sample-data/lansjukvard2/csv'
out=sys.argv[1]
wb=openpyxl.Workbook(); wb.remove(wb.active)
names={'rapport':'Rapport','styrmatt':'Styrmått','utfall':'Utfall','atgarder':'Åtgärder','atgardsstatus':'Åtgärdsstatus','texter':'Texter'}
num=re.compile(r'^-?\d+(,\d+)?$')
for f,sheet in names.items():
    ws=wb.create_sheet(sheet)
    with open(f'{src}/{f}.csv',encoding='utf-8-sig') as fh:
        for i,row in enumerate(csv.reader(fh,delimiter=';')):
            vals=[]
            for j,v in enumerate(row):
                if f=='utfall' and i>0 and j in (2,3,4) and num.match(v):
                    x=float(v.replace(',','.')); vals.append(int(x) if x.is_integer() else x)
                elif f=='rapport' and row[0]=='Publiceringsdatum' and j==1:
                    vals.append(datetime.date.fromisoformat(v))
                else:
                    vals.append(v)
            ws.append(vals)
    if f=='rapport':
        for r in ws.iter_rows(min_col=2,max_col=2):
            for c in r:
                if isinstance(c.value, datetime.date): c.number_format='yyyy-mm-dd'
ws=wb['Utfall']
# a formula without cached value where the sample has a total: same number, computed
for r in ws.iter_rows(min_row=2):
    t=r[4]
    if isinstance(t.value,(int,float)) and t.value!=0:
        v=t.value; t.value=f'={v}/2+{v}/2'; break
wb.save(out)
