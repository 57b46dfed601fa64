# A workbook of number formats written by openpyxl (3.1): built-in ones (openpyxl maps them to ids
# below 164) and custom ones (ids from 164), for pinning tertial's styles.xml reading against POI's
# StylesTable. Run with /usr/bin/python3 (Debian's python3-openpyxl):
#   /usr/bin/python3 make-number-formats.py openpyxl-number-formats.xlsx
# and the LibreOffice copy:
#   soffice --headless --convert-to xlsx --outdir lo/ openpyxl-number-formats.xlsx
import datetime, sys
import openpyxl
from openpyxl.styles import Font

out = sys.argv[1]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Format'
formats = [
    ('General', 14.5),
    ('0', 41),
    ('0.00', 8.4),
    ('0%', 0.41),
    ('0.00%', 0.0843),
    ('0.0%', 0.084),
    ('0,0', 1234.5),
    ('# ##0', 1234567),
    ('#,##0', 1234567),
    ('0.000', 2.5),
    ('0.0 "mnkr"', 12.3),
    ('[Red]-0.0;0.0', -1.25),
    ('yyyy-mm-dd', datetime.date(2022, 4, 30)),
    ('mm-dd-yy', datetime.date(2022, 8, 31)),
    ('yyyy-mm-dd hh:mm', datetime.datetime(2022, 12, 31, 13, 45)),
    ('0.0%;[Red]-0.0%', -0.021),
    ('@', 'text'),
]
ws.append(['Format', 'Värde', 'Fetstil'])
for row, (code, value) in enumerate(formats, start=2):
    ws.cell(row=row, column=1, value=code)
    cell = ws.cell(row=row, column=2, value=value)
    cell.number_format = code
    bold = ws.cell(row=row, column=3, value=value)
    bold.number_format = code
    bold.font = Font(bold=True)  # a second style with the same format: another xf, same numFmtId
wb.save(out)
