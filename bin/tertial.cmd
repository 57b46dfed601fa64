@echo off
rem tertial launcher for Windows: builds the shaded jar with Maven when it is missing or
rem older than the sources, then runs it. Needs Java 17+ and Maven on PATH.
rem Extra JVM flags go in JAVA_OPTS.
setlocal
rem tertial writes UTF-8; switch the console to it so å, ä and ö show.
chcp 65001 >nul
set "HERE=%~dp0.."
set "JAR=%HERE%\target\tertial-0.1.0-all.jar"
set "CDS=%HERE%\target\tertial.jsa"
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not defined BUILD (
  for /f %%F in ('powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File -LiteralPath '%HERE%\src\main','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do (
    if not "%%F"=="0" set "BUILD=1"
  )
)
if defined BUILD (
  echo tertial: bygger programmet ^(forsta gangen eller efter andrad kallkod^)... 1>&2
  call mvn -B -q -f "%HERE%\pom.xml" -DskipTests -Dspotless.check.skip=true package 1>&2
  if errorlevel 1 (
    echo tertial: bygget misslyckades; kor "mvn -B package" i %HERE% for detaljer. 1>&2
    exit /b 3
  )
)
rem A rebuilt jar gets a new class-data archive (see below).
if defined BUILD if exist "%CDS%" del /f "%CDS%"
rem One document per process: every command but batch stops at the C1 compiler (see bin/tertial).
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="batch" set "JIT="
set "QUIET=-XX:+IgnoreUnrecognizedVMOptions -Xlog:cds=off -Xlog:cds+dynamic=off %JIT%"
rem Class Data Sharing: the first successful render records target\tertial.jsa, later runs use it.
rem A JVM that cannot use the archive ignores it. TERTIAL_CDS=0 turns it off.
if "%TERTIAL_CDS%"=="0" goto plain
if exist "%CDS%" goto shared
if /i not "%~1"=="render" goto plain
java %QUIET% -XX:ArchiveClassesAtExit="%CDS%.tmp" %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if "%STATUS%"=="0" (
  if exist "%CDS%.tmp" move /y "%CDS%.tmp" "%CDS%" >nul
) else (
  if exist "%CDS%.tmp" del /f "%CDS%.tmp"
)
exit /b %STATUS%

:shared
java %QUIET% -XX:SharedArchiveFile="%CDS%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:plain
java %JIT% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
