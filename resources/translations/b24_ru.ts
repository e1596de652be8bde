<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>HTTP %1, %2 ms, %n attempt(s)</source>
        <translation>
            <numerusform>HTTP %1, %2 мс, %n попытка</numerusform>
            <numerusform>HTTP %1, %2 мс, %n попытки</numerusform>
            <numerusform>HTTP %1, %2 мс, %n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID запроса: %1</translation>
    </message>
    <message>
        <source>Portal time: %1 s (processing %2 s)</source>
        <translation>Время портала: %1 с (обработка %2 с)</translation>
    </message>
    <message>
        <source>Operating time of this method: %1 s</source>
        <translation>Время выполнения этого метода: %1 с</translation>
    </message>
</context>
<context>
    <name>b24::AddProfileDialog</name>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Использовать только в этом сеансе</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>Добавление вебхука</translation>
    </message>
    <message>
        <source>A name for this portal (default: its host)</source>
        <translation>Название портала (по умолчанию — его адрес)</translation>
    </message>
    <message>
        <source>No system keychain: %1</source>
        <translation>Системное хранилище паролей недоступно: %1</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Адрес вебхука:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>optional: a company CA or TLS-inspecting proxy (PEM)</source>
        <translation>необязательно: корпоративный УЦ или прокси, проверяющий TLS (PEM)</translation>
    </message>
    <message>
        <source>Certificates of this PEM file are trusted for this portal besides the system&apos;s, like b24-cli --cacert. Verification is never turned off.</source>
        <translation>Сертификатам из этого PEM-файла доверяем для этого портала в дополнение к системным, как b24-cli --cacert. Проверка сертификатов не отключается никогда.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Файл УЦ:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл УЦ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>That was the webhook URL: it is in the URL field now (hidden). Name is optional.</source>
        <translation>Это был адрес вебхука: теперь он в поле адреса (скрыт). Название можно не указывать.</translation>
    </message>
    <message>
        <source>Paste the inbound webhook URL from Developer resources → Other → Inbound webhook.</source>
        <translation>Вставьте адрес входящего вебхука из раздела «Разработчикам» → «Другое» → «Входящий вебхук».</translation>
    </message>
    <message>
        <source>Portal %1, acting as user %2</source>
        <translation>Портал %1, от имени пользователя %2</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Файл УЦ нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <source>The check found that this webhook does not work. Save it anyway?</source>
        <translation>Проверка показала, что этот вебхук не работает. Всё равно сохранить?</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Сохранение секрета в системном хранилище паролей…</translation>
    </message>
    <message>
        <source>The secret could not be stored in the system keychain: %1
You can use this webhook for this session only; it is forgotten when the window closes.</source>
        <translation>Не удалось сохранить секрет в системном хранилище паролей: %1
Вебхук можно использовать только в этом сеансе; после закрытия окна он будет забыт.</translation>
    </message>
</context>
<context>
    <name>b24::AnswerTextView</name>
    <message>
        <source>Pretty</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <source>Indented, with non-Latin text shown as text; off: exactly as received</source>
        <translation>С отступами, кириллица показана текстом; если выключено — ровно как получено</translation>
    </message>
    <message>
        <source>[… %1 more bytes not shown]</source>
        <translation>[… ещё %1 байт не показано]</translation>
    </message>
</context>
<context>
    <name>b24::ApiSwitch</name>
    <message>
        <source>v2</source>
        <translation>v2</translation>
    </message>
    <message>
        <source>The classic REST API: /rest/{user}/{secret}/method</source>
        <translation>Классический REST API: /rest/{user}/{secret}/method</translation>
    </message>
    <message>
        <source>v3 · REST 3.0</source>
        <translation>v3 · REST 3.0</translation>
    </message>
    <message>
        <source>REST 3.0: /rest/api/{user}/{secret}/method, JSON body, answers {item} or {items}; writes carry an Idempotency-Key</source>
        <translation>REST 3.0: /rest/api/{user}/{secret}/method, тело в JSON, ответы {item} или {items}; запись отправляется с Idempotency-Key</translation>
    </message>
    <message>
        <source>Which REST API the request speaks; the webhook serves both</source>
        <translation>Каким REST API отправляется запрос; вебхук обслуживает оба</translation>
    </message>
</context>
<context>
    <name>b24::BatchCommandModel</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Параметры (JSON)</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>нет ключа</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is used twice</source>
        <translation>ключ «%1» использован дважды</translation>
    </message>
    <message>
        <source>no method</source>
        <translation>не указан метод</translation>
    </message>
    <message>
        <source>a batch cannot contain a batch</source>
        <translation>пакет не может содержать пакет</translation>
    </message>
    <message>
        <source>parameters are not a JSON object</source>
        <translation>параметры — не объект JSON</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not an earlier command</source>
        <translation>ссылается на «%1», но это не предыдущая команда</translation>
    </message>
</context>
<context>
    <name>b24::BatchEditor</name>
    <message>
        <source>Stop at the first failing command (halt)</source>
        <translation>Остановиться на первой ошибке (halt)</translation>
    </message>
    <message>
        <source>Parameters of the selected command (JSON object)</source>
        <translation>Параметры выбранной команды (объект JSON)</translation>
    </message>
    <message>
        <source>Add command</source>
        <translation>Добавить команду</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>parameter, e.g. filter.&gt;ID or fields.CONTACT_ID</source>
        <translation>параметр, например filter.&gt;ID или fields.CONTACT_ID</translation>
    </message>
    <message>
        <source>Path inside the earlier answer: [0][ID] is the first row&apos;s ID</source>
        <translation>Путь внутри предыдущего ответа: [0][ID] — ID первой строки</translation>
    </message>
    <message>
        <source>Insert reference</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <source>Use the answer of</source>
        <translation>Взять ответ команды</translation>
    </message>
    <message>
        <source>in</source>
        <translation>в</translation>
    </message>
</context>
<context>
    <name>b24::BatchResultModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не выполнена</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
</context>
<context>
    <name>b24::BatchResultView</name>
    <message>
        <source>Open result</source>
        <translation>Открыть результат</translation>
    </message>
    <message>
        <source>The batch failed: %1</source>
        <translation>Пакетный запрос не выполнен: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s), </source>
        <translation>
            <numerusform>%n команда, </numerusform>
            <numerusform>%n команды, </numerusform>
            <numerusform>%n команд, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed, </source>
        <translation>
            <numerusform>%n с ошибкой, </numerusform>
            <numerusform>%n с ошибкой, </numerusform>
            <numerusform>%n с ошибкой, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::BooleanEditor</name>
    <message>
        <source>Yes (Y)</source>
        <translation>Да (Y)</translation>
    </message>
    <message>
        <source>No (N)</source>
        <translation>Нет (N)</translation>
    </message>
</context>
<context>
    <name>b24::CarriedParamsBar</name>
    <message>
        <source>Clear them</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Remove the parameters written for the previous method</source>
        <translation>Убрать параметры, заданные для предыдущего метода</translation>
    </message>
    <message>
        <source>Send these parameters with this method</source>
        <translation>Отправлять эти параметры с этим методом</translation>
    </message>
    <message>
        <source>Kept from %1: %2.</source>
        <translation>Оставлены от %1: %2.</translation>
    </message>
    <message>
        <source>Not sent, %1 does not take them: %2.</source>
        <translation>Не отправляются, %1 их не принимает: %2.</translation>
    </message>
</context>
<context>
    <name>b24::CliContext</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>batch takes one FILE</source>
        <translation>batch принимает один ФАЙЛ</translation>
    </message>
    <message>
        <source>batch input is not JSON: %1</source>
        <translation>входные данные batch — не JSON: %1</translation>
    </message>
    <message>
        <source>batch input holds no commands</source>
        <translation>во входных данных batch нет команд</translation>
    </message>
    <message>
        <source> (command %1, %2)</source>
        <translation> (команда %1, %2)</translation>
    </message>
    <message>
        <source>call needs a METHOD</source>
        <translation>для call нужен МЕТОД</translation>
    </message>
    <message>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>needs scope %1</source>
        <translation>нужно право %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation>--format принимает text или json</translation>
    </message>
    <message>
        <source>  required</source>
        <translation>  обязательный</translation>
    </message>
    <message>
        <source>%1 of %2 documented methods (docs %3)</source>
        <translation>%1 из %2 описанных методов (документация %3)</translation>
    </message>
    <message>
        <source>describe needs one METHOD</source>
        <translation>describe нужен один МЕТОД</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a documented method; did you mean %2?</source>
        <translation>«%1» — не описанный в документации метод; может быть, %2?</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Устарел.</translation>
    </message>
    <message>
        <source>On this portal: %1</source>
        <translation>На этом портале: %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (нет)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Документация: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>cannot write the standard output: %1</source>
        <translation>не удаётся записать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see b24-cli profile list)</source>
        <translation>нет профиля «%1» (см. b24-cli profile list)</translation>
    </message>
    <message>
        <source>give --webhook URL, --profile NAME or set B24_WEBHOOK</source>
        <translation>укажите --webhook URL, --profile ИМЯ или задайте B24_WEBHOOK</translation>
    </message>
    <message>
        <source>list needs a METHOD</source>
        <translation>для list нужен МЕТОД</translation>
    </message>
    <message>
        <source>--strategy takes auto, batch, keyset or offset</source>
        <translation>--strategy принимает auto, batch, keyset или offset</translation>
    </message>
    <message>
        <source>--limit takes a number of rows</source>
        <translation>--limit принимает число строк</translation>
    </message>
    <message>
        <source>--parallel takes a number of parts from 1 to 16</source>
        <translation>--parallel принимает число частей от 1 до 16</translation>
    </message>
    <message>
        <source>--max-wait takes a number of seconds</source>
        <translation>--max-wait принимает число секунд</translation>
    </message>
    <message>
        <source>--format takes jsonl, json or csv</source>
        <translation>--format принимает jsonl, json или csv</translation>
    </message>
    <message>
        <source>--delimiter takes , or ;</source>
        <translation>--delimiter принимает , или ;</translation>
    </message>
    <message>
        <source>interrupted: the reads in flight are aborted (Ctrl+C again to quit at once)</source>
        <translation>прервано: запросы в пути отменены (повторное Ctrl+C завершит сразу)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>waiting %1 s for the portal&apos;s limits (%2)</source>
        <translation>ожидание лимитов портала: %1 с (%2)</translation>
    </message>
    <message>
        <source>interrupted; %1 was left as it was</source>
        <translation>прервано; файл %1 оставлен без изменений</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>строк записано в %2: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see b24-cli --help)</source>
        <translation>неизвестная команда «%1» (см. b24-cli --help)</translation>
    </message>
    <message>
        <source>profile add NAME [URL|-]</source>
        <translation>profile add ИМЯ [URL|-]</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; saved: %2</source>
        <translation>профиль «%1» сохранён: %2</translation>
    </message>
    <message>
        <source>profile remove NAME</source>
        <translation>profile remove ИМЯ</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>нет профиля «%1»</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; removed</source>
        <translation>профиль «%1» удалён</translation>
    </message>
    <message>
        <source>profile add NAME [URL|-] | list | remove NAME</source>
        <translation>profile add ИМЯ [URL|-] | list | remove ИМЯ</translation>
    </message>
    <message>
        <source>--header takes codes or titles</source>
        <translation>--header принимает codes или titles</translation>
    </message>
    <message>
        <source>names: %1 extra requests (field descriptions, dictionaries, %2 records looked up, %3 not named)</source>
        <translation>названия: %1 доп. запросов (описания полей, справочники, найдено записей: %2, без названия: %3)</translation>
    </message>
    <message>
        <source>Idempotency-Key: %1 (the portal replayed its stored answer)</source>
        <translation>Idempotency-Key: %1 (портал повторил сохранённый ответ)</translation>
    </message>
    <message>
        <source>Idempotency-Key: %1 (not replayed)</source>
        <translation>Idempotency-Key: %1 (не повтор)</translation>
    </message>
    <message>
        <source>REST 3.0: call it with --api v3 (/rest/api/).</source>
        <translation>REST 3.0: вызывайте с --api v3 (/rest/api/).</translation>
    </message>
    <message>
        <source>strategy (%1): %2</source>
        <translation>стратегия (%1): %2</translation>
    </message>
</context>
<context>
    <name>b24::CliOptions</name>
    <message>
        <source>Usage: b24-cli [global options] COMMAND [arguments]

Commands:
  call METHOD [PARAMS]     one call; prints the envelope as JSON
  list METHOD [PARAMS]     every row of a list method (jsonl, json or csv)
  batch [FILE|-]           run commands from a JSON file or stdin
  check                    webhook health: profile, scopes, methods, latency, limits
  profile add|list|remove  webhook profiles; secrets live in the OS keychain
  methods [--search TEXT]  the documented methods (offline catalog; with a webhook:
                           available on that portal or not)
  describe METHOD          a method&apos;s parameters, an example and its page

PARAMS: one JSON object, or key=value pairs in Bitrix bracket form:
  filter[&gt;ID]=5 select[]=ID select[]=TITLE order[ID]=ASC  (key=:JSON keeps a type)
The webhook comes from --webhook, else --profile, else $B24_WEBHOOK.
Run &apos;b24-cli COMMAND --help&apos; for the options of one command.

</source>
        <translation>Использование: b24-cli [общие параметры] КОМАНДА [аргументы]

Команды:
  call METHOD [PARAMS]     один вызов; выводит ответ целиком в JSON
  list METHOD [PARAMS]     все строки списочного метода (jsonl, json или csv)
  batch [FILE|-]           выполнить команды из файла JSON или stdin
  check                    проверка вебхука: профиль, права, методы, задержка, лимиты
  profile add|list|remove  профили вебхуков; секреты хранятся в хранилище паролей ОС
  methods [--search TEXT]  методы из документации (встроенный каталог; с вебхуком —
                           доступен ли метод на этом портале)
  describe METHOD          параметры метода, пример и страница документации

PARAMS: один объект JSON или пары ключ=значение в скобочной записи Битрикс24:
  filter[&gt;ID]=5 select[]=ID select[]=TITLE order[ID]=ASC  (ключ=:JSON сохраняет тип)
Вебхук берётся из --webhook, иначе из --profile, иначе из $B24_WEBHOOK.
Параметры отдельной команды: &apos;b24-cli КОМАНДА --help&apos;.

</translation>
    </message>
    <message>
        <source>Run commands in batch requests (50 per request). Input JSON: an array of [method, params], an array of {method, params}, or {label: [method, params] | {method, params}}; $result[label][...] references work within one request.</source>
        <translation>Выполнить команды пакетными запросами (по 50 в запросе). Входной JSON: массив [method, params], массив {method, params} или {метка: [method, params] | {method, params}}; ссылки $result[метка][...] работают в пределах одного запроса.</translation>
    </message>
    <message>
        <source>JSON file; - or nothing reads stdin</source>
        <translation>файл JSON; «-» или ничего — читать из stdin</translation>
    </message>
    <message>
        <source>Stop at the first failing command.</source>
        <translation>Остановиться на первой команде с ошибкой.</translation>
    </message>
    <message>
        <source>Indent the JSON.</source>
        <translation>Выводить JSON с отступами.</translation>
    </message>
    <message>
        <source>Call one REST method and print the envelope ({result, next, total, time}) as JSON.</source>
        <translation>Вызвать один метод REST и вывести ответ целиком ({result, next, total, time}) в JSON.</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.deal.get</source>
        <translation>метод REST, например crm.deal.get</translation>
    </message>
    <message>
        <source>JSON object or key=value pairs (filter[&gt;ID]=5)</source>
        <translation>объект JSON или пары ключ=значение (filter[&gt;ID]=5)</translation>
    </message>
    <message>
        <source>Print the call as a curl command (secret masked) instead of sending it.</source>
        <translation>Вывести вызов командой curl (секрет скрыт) вместо отправки.</translation>
    </message>
    <message>
        <source>With --curl: print the real secret.</source>
        <translation>С --curl: вывести настоящий секрет.</translation>
    </message>
    <message>
        <source>List the documented REST methods (the offline catalog); with a webhook, also whether each is available on that portal.</source>
        <translation>Список описанных в документации методов REST (встроенный каталог); с вебхуком — ещё и доступен ли каждый на этом портале.</translation>
    </message>
    <message>
        <source>Do not ask the portal, even with a webhook.</source>
        <translation>Не спрашивать портал, даже если задан вебхук.</translation>
    </message>
    <message>
        <source>Only methods of this scope.</source>
        <translation>Только методы этого права (scope).</translation>
    </message>
    <message>
        <source>Only methods whose name or title holds TEXT.</source>
        <translation>Только методы, в имени или названии которых есть TEXT.</translation>
    </message>
    <message>
        <source>Output: text|json (default text).</source>
        <translation>Вывод: text|json (по умолчанию text).</translation>
    </message>
    <message>
        <source>Describe a documented REST method: parameters, an example request and its documentation page; with a webhook, also whether it is available on that portal.</source>
        <translation>Описание метода REST из документации: параметры, пример запроса и страница документации; с вебхуком — ещё и доступен ли он на этом портале.</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.deal.add</source>
        <translation>метод REST, например crm.deal.add</translation>
    </message>
    <message>
        <source>Check that the webhook works: profile, admin, scopes, method count, round-trip time, license and limits.</source>
        <translation>Проверить, что вебхук работает: профиль, права администратора, права доступа, число методов, время отклика, лицензия и лимиты.</translation>
    </message>
    <message>
        <source>Webhook URL https://portal/rest/USER/SECRET/ (else --profile, else $B24_WEBHOOK).</source>
        <translation>Адрес вебхука https://portal/rest/USER/SECRET/ (иначе --profile, иначе $B24_WEBHOOK).</translation>
    </message>
    <message>
        <source>Use a saved profile; its secret comes from the OS keychain.</source>
        <translation>Использовать сохранённый профиль; секрет берётся из хранилища паролей ОС.</translation>
    </message>
    <message>
        <source>Also trust the certificates of this PEM file (e.g. the sandbox&apos;s).</source>
        <translation>Доверять также сертификатам из этого файла PEM (например, сертификату песочницы).</translation>
    </message>
    <message>
        <source>Seconds to wait for one answer (default 65).</source>
        <translation>Сколько секунд ждать один ответ (по умолчанию 65).</translation>
    </message>
    <message>
        <source>Portal plan for client-side rate limiting: standard|enterprise|unlimited.</source>
        <translation>Тариф портала для ограничения частоты запросов на стороне клиента: standard|enterprise|unlimited.</translation>
    </message>
    <message>
        <source>The portal&apos;s operating budget per method, in seconds of handler time per 10 minutes (default 480); lists pace themselves to it.</source>
        <translation>Лимит времени выполнения портала на метод, в секундах работы обработчика за 10 минут (по умолчанию 480); списки подстраивают под него свой темп.</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Показывать ход выполнения в stderr, даже если это не терминал.</translation>
    </message>
    <message>
        <source>Never show progress.</source>
        <translation>Никогда не показывать ход выполнения.</translation>
    </message>
    <message>
        <source>Print nothing but results and errors.</source>
        <translation>Выводить только результаты и ошибки.</translation>
    </message>
    <message>
        <source>Print every HTTP request (redacted) on stderr.</source>
        <translation>Выводить каждый HTTP-запрос (со скрытым секретом) в stderr.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the portal answered an error
  2  usage error
  3  invalid webhook URL
  4  authentication, or access refused (scope, plan, permission)
  5  limits still exceeded after retries
  6  network, TLS or timeout
  7  partial: some batch commands or pages failed
  8  keychain unavailable
  9  the output could not be written (disk full, unwritable file)
</source>
        <translation>Коды завершения:
  0  успех
  1  портал вернул ошибку
  2  ошибка в аргументах
  3  неверный адрес вебхука
  4  ошибка авторизации или доступ запрещён (права, тариф, разрешения)
  5  лимиты превышены и после повторов
  6  сеть, TLS или тайм-аут
  7  частично: часть команд пакета или страниц с ошибками
  8  хранилище паролей недоступно
  9  не удалось записать результат (диск заполнен, файл недоступен для записи)
</translation>
    </message>
    <message>
        <source>Fetch every row of a list method (all pages) and write them as JSON Lines, a JSON array or CSV.</source>
        <translation>Загрузить все строки списочного метода (все страницы) и записать их в JSON Lines, массив JSON или CSV.</translation>
    </message>
    <message>
        <source>list method, e.g. crm.deal.list</source>
        <translation>списочный метод, например crm.deal.list</translation>
    </message>
    <message>
        <source>JSON object or key=value pairs</source>
        <translation>объект JSON или пары ключ=значение</translation>
    </message>
    <message>
        <source>Paging: auto|batch|keyset|offset (default auto).</source>
        <translation>Постраничная выборка: auto|batch|keyset|offset (по умолчанию auto).</translation>
    </message>
    <message>
        <source>Stop after N rows.</source>
        <translation>Остановиться после N строк.</translation>
    </message>
    <message>
        <source>Batch paging: keep N batches on the wire at once, each for its own ID segment (default 2; rows still come in ID order; 1: one batch at a time).</source>
        <translation>Пакетная выгрузка: держать в работе N пакетов одновременно, каждый для своего отрезка ID (по умолчанию 2; строки всё равно приходят по порядку ID; 1: по одному пакету).</translation>
    </message>
    <message>
        <source>Wait at most SECONDS at a time for the portal&apos;s limits (operating budget, request rate) before failing (default 900).</source>
        <translation>Ждать лимитов портала (время выполнения, частота запросов) не дольше SECONDS секунд за раз, затем завершиться с ошибкой (по умолчанию 900).</translation>
    </message>
    <message>
        <source>Output format: jsonl|json|csv (default jsonl).</source>
        <translation>Формат вывода: jsonl|json|csv (по умолчанию jsonl).</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of stdout.</source>
        <translation>Записать в файл FILE (атомарно) вместо stdout.</translation>
    </message>
    <message>
        <source>Choose and order columns: A,B,c.d (CSV; JSON rows are projected).</source>
        <translation>Выбор и порядок столбцов: A,B,c.d (CSV; в JSON остаются только эти поля).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Начать CSV с метки порядка байтов UTF-8 (для Excel).</translation>
    </message>
    <message>
        <source>CSV delimiter: , or ; (default ,).</source>
        <translation>Разделитель CSV: , или ; (по умолчанию ,).</translation>
    </message>
    <message>
        <source>Do not prefix CSV cells starting with = + - @ with a quote.</source>
        <translation>Не добавлять апостроф перед ячейками CSV, начинающимися с = + - @.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>call, list, batch, check, profile, methods or describe</source>
        <translation>call, list, batch, check, profile, methods или describe</translation>
    </message>
    <message>
        <source>Manage webhook profiles. The webhook URL is kept in the OS keychain; &apos;add NAME -&apos; (or no URL) reads it from stdin so it stays out of shell history.</source>
        <translation>Управление профилями вебхуков. Адрес вебхука хранится в хранилище паролей ОС; &apos;add NAME -&apos; (или без адреса) читает его из stdin, чтобы он не попал в историю командной оболочки.</translation>
    </message>
    <message>
        <source>add NAME [URL|-] | list | remove NAME</source>
        <translation>add NAME [URL|-] | list | remove NAME</translation>
    </message>
    <message>
        <source>list output: text|json (default text).</source>
        <translation>вывод list: text|json (по умолчанию text).</translation>
    </message>
    <message>
        <source>Add a column FIELD.label with the name right after each field that can be named (stages, pipelines, statuses, currencies, list values, users, companies, contacts, leads, deals).</source>
        <translation>Добавить столбец FIELD.label с названием сразу после каждого поля, которое можно назвать (стадии, воронки, статусы, валюты, значения списков, пользователи, компании, контакты, лиды, сделки).</translation>
    </message>
    <message>
        <source>CSV header: codes|titles (default codes).</source>
        <translation>Заголовок CSV: codes|titles (коды или названия полей, по умолчанию codes).</translation>
    </message>
    <message>
        <source>Send nothing: print each request as it would go (REST method, HTTP method, URL with the secret masked, body) as a JSON line on stdout; for list the first request. Exit 0.</source>
        <translation>Ничего не отправлять: напечатать каждый запрос так, как он ушёл бы (метод REST, метод HTTP, адрес со скрытым секретом, тело), строкой JSON в stdout; для list — первый запрос. Код выхода 0.</translation>
    </message>
    <message>
        <source>REST protocol: v2 (/rest/) or v3 (REST 3.0, /rest/api/); default: the one the webhook URL names.</source>
        <translation>Протокол REST: v2 (/rest/) или v3 (REST 3.0, /rest/api/); по умолчанию — тот, что указан в адресе вебхука.</translation>
    </message>
</context>
<context>
    <name>b24::CurlCommand</name>
    <message>
        <source>The webhook this call was made with is no longer saved.</source>
        <translation>Вебхук, с которым был сделан этот вызов, больше не сохранён.</translation>
    </message>
    <message>
        <source>This call was made with another webhook (%1): open it first to copy its secret.</source>
        <translation>Этот вызов сделан с другим вебхуком (%1): откройте его, чтобы скопировать его секрет.</translation>
    </message>
</context>
<context>
    <name>b24::DemoPortal</name>
    <message>
        <source>The demo portal could not start.</source>
        <translation>Не удалось запустить демо-портал.</translation>
    </message>
</context>
<context>
    <name>b24::ExportDialog</name>
    <message>
        <source>UTF-8 byte order mark (for Excel)</source>
        <translation>Метка порядка байтов UTF-8 (для Excel)</translation>
    </message>
    <message>
        <source>Guard against formulas (=, +, -, @ start a cell as text)</source>
        <translation>Защита от формул (ячейка, начинающаяся с =, +, -, @, — текст)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Выгрузка результата</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <source>Not every row: %1</source>
        <translation>Не все строки: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>As shown</source>
        <translation>Как в таблице</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Both: code, then a .label column with the name</source>
        <translation>Оба: код, затем столбец .label с названием</translation>
    </message>
    <message>
        <source>Field codes</source>
        <translation>Коды полей</translation>
    </message>
    <message>
        <source>Field titles</source>
        <translation>Названия полей</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Значения:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>No names for this result: values are written as received</source>
        <translation>Для этого результата нет названий: значения записываются как получены</translation>
    </message>
</context>
<context>
    <name>b24::ExportJob</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n строка записана в %1</numerusform>
            <numerusform>%n строки записаны в %1</numerusform>
            <numerusform>%n строк записано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::FieldForm</name>
    <message>
        <source>No field list for this method: use the raw JSON tab.</source>
        <translation>Для этого метода нет списка полей: используйте вкладку JSON.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательное</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
</context>
<context>
    <name>b24::FieldRowTable</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>b24::FilterBuilder</name>
    <message>
        <source>filter row %1: no field</source>
        <translation>строка фильтра %1: не выбрано поле</translation>
    </message>
    <message>
        <source>filter %1: the list is empty</source>
        <translation>фильтр %1: список пуст</translation>
    </message>
</context>
<context>
    <name>b24::HistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>%1 · REST 3.0</source>
        <translation>%1 · REST 3.0</translation>
    </message>
</context>
<context>
    <name>b24::HistoryView</name>
    <message>
        <source>Search method, status or parameters</source>
        <translation>Поиск по методу, статусу или параметрам</translation>
    </message>
    <message>
        <source>Show the calls made to one portal</source>
        <translation>Показать вызовы одного портала</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Все порталы</translation>
    </message>
    <message>
        <source>Open as new request</source>
        <translation>Открыть как новый запрос</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>Copy as curl with the secret…</source>
        <translation>Копировать как curl с секретом…</translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation>Сохранить запрос…</translation>
    </message>
    <message>
        <source>Copy the secret?</source>
        <translation>Скопировать секрет?</translation>
    </message>
    <message>
        <source>The command will contain the webhook secret in plain text. Anyone who sees it can act on your portal. Copy it anyway?</source>
        <translation>Команда будет содержать секрет вебхука в открытом виде. Любой, кто его увидит, сможет действовать на вашем портале. Всё равно скопировать?</translation>
    </message>
</context>
<context>
    <name>b24::HookSchemaSource</name>
    <message>
        <source>No portal</source>
        <translation>Портал не выбран</translation>
    </message>
    <message>
        <source>No field list for this method</source>
        <translation>Для этого метода нет списка полей</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Неожиданный ответ</translation>
    </message>
</context>
<context>
    <name>b24::JsonTreeModel</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 элемент]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[элементов: %1]</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 ключ}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{ключей: %1}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>b24::JsonValueEditor</name>
    <message>
        <source>%1 (text or JSON)</source>
        <translation>%1 (текст или JSON)</translation>
    </message>
</context>
<context>
    <name>b24::LabelColumns</name>
    <message>
        <source>%1 (name)</source>
        <translation>%1 (название)</translation>
    </message>
</context>
<context>
    <name>b24::LabelResolver</name>
    <message>
        <source>%1 has no field descriptions: its values keep their codes</source>
        <translation>у %1 нет описания полей: значения остаются кодами</translation>
    </message>
    <message>
        <source>cannot read %1 (%2): values keep their codes</source>
        <translation>не удалось прочитать %1 (%2): значения остаются кодами</translation>
    </message>
    <message>
        <source>cannot read the portal&apos;s dictionaries (%1): codes stay codes</source>
        <translation>не удалось прочитать справочники портала (%1): коды остаются кодами</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 отказал: %2</translation>
    </message>
    <message>
        <source>no names from %1 (%2): those columns keep their codes</source>
        <translation>нет названий из %1 (%2): эти столбцы остаются кодами</translation>
    </message>
    <message>
        <source>some statuses could not be read: their codes stay codes</source>
        <translation>часть статусов не прочитана: их коды остаются кодами</translation>
    </message>
    <message>
        <source>some %1 names could not be read (%2): those IDs stay IDs</source>
        <translation>часть названий (%1) не прочитана (%2): эти ID остаются ID</translation>
    </message>
    <message>
        <source>not found: deleted, or not visible to this webhook</source>
        <translation>не найдено: удалено или не видно этому вебхуку</translation>
    </message>
</context>
<context>
    <name>b24::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language applies the next time B24 Explorer starts.</source>
        <translation>Новый язык будет применён при следующем запуске B24 Explorer.</translation>
    </message>
</context>
<context>
    <name>b24::LimitsGauge</name>
    <message>
        <source>Limits: no portal</source>
        <translation>Лимиты: портал не выбран</translation>
    </message>
    <message>
        <source>Requests: unlimited</source>
        <translation>Запросы: без ограничений</translation>
    </message>
    <message>
        <source>Requests: %1 / %2</source>
        <translation>Запросы: %1 / %2</translation>
    </message>
    <message>
        <source>%1: %2 s of %3 s operating</source>
        <translation>%1: %2 с из %3 с времени выполнения</translation>
    </message>
    <message>
        <source>(paused by the portal)</source>
        <translation>(приостановлено порталом)</translation>
    </message>
    <message>
        <source>(frees in %1 s)</source>
        <translation>(освободится через %1 с)</translation>
    </message>
</context>
<context>
    <name>b24::LineEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ss+03:00</source>
        <translation>ГГГГ-ММ-ДДTчч:мм:сс+03:00</translation>
    </message>
    <message>
        <source>user IDs, comma-separated</source>
        <translation>ID пользователей через запятую</translation>
    </message>
    <message>
        <source>user ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>IDs, comma-separated</source>
        <translation>ID через запятую</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>comma-separated values</source>
        <translation>значения через запятую</translation>
    </message>
</context>
<context>
    <name>b24::MainWindow</name>
    <message>
        <source>B24 Explorer</source>
        <translation>B24 Explorer</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export result…</source>
        <translation>&amp;Выгрузить результат…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запуск</translation>
    </message>
    <message>
        <source>&amp;Run request</source>
        <translation>&amp;Выполнить запрос</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Method…</source>
        <translation>&amp;Метод…</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>&amp;Сохранить запрос…</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Портал</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>&amp;Добавить вебхук…</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Управление профилями…</translation>
    </message>
    <message>
        <source>&amp;Check webhook</source>
        <translation>&amp;Проверить вебхук</translation>
    </message>
    <message>
        <source>Explore the &amp;demo portal</source>
        <translation>Открыть &amp;демо-портал</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Добавить вебхук…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>%1 — B24 Explorer</source>
        <translation>%1 — B24 Explorer</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>Choose a portal first.</source>
        <translation>Сначала выберите портал.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1
Webhooks you add can be used for this session only; they are forgotten when the window closes.</source>
        <translation>Системное хранилище паролей недоступно: %1
Добавленные вебхуки можно использовать только в этом сеансе; после закрытия окна они будут забыты.</translation>
    </message>
</context>
<context>
    <name>b24::MethodBox</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Reload the method list of this portal</source>
        <translation>Заново загрузить список методов портала</translation>
    </message>
    <message>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>needs scope %1, which this webhook lacks</source>
        <translation>нужны права %1, которых нет у этого вебхука</translation>
    </message>
    <message>
        <source>not in this webhook&apos;s method list</source>
        <translation>отсутствует в списке методов этого вебхука</translation>
    </message>
    <message>
        <source>method or a word of its title, e.g. crm.deal.list</source>
        <translation>метод или слово из его названия, например crm.deal.list</translation>
    </message>
    <message>
        <source>documented</source>
        <translation>в документации</translation>
    </message>
    <message>
        <source>available on this portal</source>
        <translation>доступен на этом портале</translation>
    </message>
    <message>
        <source>available on this portal, not documented</source>
        <translation>доступен на этом портале, нет в документации</translation>
    </message>
    <message>
        <source>needs scope %1</source>
        <translation>нужно право %1</translation>
    </message>
    <message>
        <source>documented, not on this portal&apos;s list</source>
        <translation>в документации, нет в списке этого портала</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>нет в документации</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>базовые</translation>
    </message>
    <message>
        <source>on this portal, not documented</source>
        <translation>на этом портале, нет в документации</translation>
    </message>
    <message>
        <source>available, not documented</source>
        <translation>доступен, нет в документации</translation>
    </message>
    <message>
        <source>on this portal</source>
        <translation>есть на этом портале</translation>
    </message>
    <message>
        <source>REST 3.0</source>
        <translation>REST 3.0</translation>
    </message>
    <message>
        <source>available (REST 3.0)</source>
        <translation>доступен (REST 3.0)</translation>
    </message>
    <message>
        <source>documented (REST 3.0)</source>
        <translation>в документации (REST 3.0)</translation>
    </message>
    <message>
        <source>not in this portal&apos;s REST 3.0 list</source>
        <translation>нет в списке REST 3.0 этого портала</translation>
    </message>
    <message>
        <source>not documented as REST 3.0</source>
        <translation>в документации нет как REST 3.0</translation>
    </message>
</context>
<context>
    <name>b24::MethodCatalog</name>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
</context>
<context>
    <name>b24::MethodKind</name>
    <message>
        <source>No method</source>
        <translation>Не указан метод</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method name: use letters, digits, dots and underscores, e.g. crm.deal.list</source>
        <translation>«%1» — не название метода: используйте латинские буквы, цифры, точки и подчёркивания, например crm.deal.list</translation>
    </message>
</context>
<context>
    <name>b24::MoneyEditor</name>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
</context>
<context>
    <name>b24::MultiFieldEditor</name>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Добавить значение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>b24::NameBook</name>
    <message>
        <source>not one of the field&apos;s list values</source>
        <translation>нет среди значений списка поля</translation>
    </message>
    <message>
        <source>not looked up yet</source>
        <translation>ещё не запрошено</translation>
    </message>
    <message>
        <source>not in the portal&apos;s dictionary</source>
        <translation>нет в справочнике портала</translation>
    </message>
</context>
<context>
    <name>b24::NamePresenter</name>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Значения</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Названия</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <source>&amp;Both: name (code)</source>
        <translation>&amp;Оба: название (код)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Заголо&amp;вки</translation>
    </message>
    <message>
        <source>Field &amp;titles</source>
        <translation>&amp;Названия полей</translation>
    </message>
    <message>
        <source>Field &amp;codes</source>
        <translation>&amp;Коды полей</translation>
    </message>
    <message>
        <source>&amp;Refresh names</source>
        <translation>&amp;Обновить названия</translation>
    </message>
    <message>
        <source>Read this portal&apos;s stages, pipelines, users and other names again</source>
        <translation>Заново прочитать стадии, воронки, пользователей и другие названия этого портала</translation>
    </message>
    <message numerus="yes">
        <source>Names: reading… (%n request(s))</source>
        <translation>
            <numerusform>Названия: чтение… (%n запрос)</numerusform>
            <numerusform>Названия: чтение… (%n запроса)</numerusform>
            <numerusform>Названия: чтение… (%n запросов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names: %n request(s)</source>
        <translation>
            <numerusform>Названия: %n запрос</numerusform>
            <numerusform>Названия: %n запроса</numerusform>
            <numerusform>Названия: %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests made to name codes on this portal in this session: field descriptions, dictionaries, and users and records looked up 50 IDs at a time.</source>
        <translation>Запросы, сделанные в этом сеансе, чтобы назвать коды этого портала: описания полей, справочники, пользователи и записи (по 50 ID за раз).</translation>
    </message>
</context>
<context>
    <name>b24::OpenApiCatalog</name>
    <message>
        <source>The OpenAPI document is not JSON: %1</source>
        <translation>Документ OpenAPI — не JSON: %1</translation>
    </message>
    <message>
        <source>The OpenAPI document is not a JSON object</source>
        <translation>Документ OpenAPI — не объект JSON</translation>
    </message>
    <message>
        <source>The OpenAPI document has no &quot;paths&quot; object</source>
        <translation>В документе OpenAPI нет объекта &quot;paths&quot;</translation>
    </message>
    <message>
        <source>rest.scope.list did not answer an object of modules</source>
        <translation>rest.scope.list ответил не объектом модулей</translation>
    </message>
</context>
<context>
    <name>b24::ParamParser</name>
    <message>
        <source>parameter %1 is both a list and a value</source>
        <translation>параметр %1 задан и как список, и как значение</translation>
    </message>
    <message>
        <source>parameter %1 is both an object and a value</source>
        <translation>параметр %1 задан и как объект, и как значение</translation>
    </message>
    <message>
        <source>expected key=value, got &quot;%1&quot;</source>
        <translation>ожидалось ключ=значение, получено «%1»</translation>
    </message>
    <message>
        <source>malformed parameter name &quot;%1&quot;</source>
        <translation>некорректное имя параметра «%1»</translation>
    </message>
    <message>
        <source>value of %1 is not JSON after &quot;=:&quot;</source>
        <translation>значение %1 после «=:» — не JSON</translation>
    </message>
    <message>
        <source>PARAMS is not a JSON object: %1</source>
        <translation>PARAMS — не объект JSON: %1</translation>
    </message>
</context>
<context>
    <name>b24::ParamsPane</name>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Выбор полей</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Fill example</source>
        <translation>Заполнить пример</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Документация</translation>
    </message>
    <message>
        <source>Put the documented example request into the parameters</source>
        <translation>Подставить в параметры пример запроса из документации</translation>
    </message>
    <message>
        <source>The documentation has no example request for this method</source>
        <translation>В документации нет примера запроса для этого метода</translation>
    </message>
    <message>
        <source>Open the documentation page of %1</source>
        <translation>Открыть страницу документации %1</translation>
    </message>
    <message>
        <source>Not a documented method</source>
        <translation>Метода нет в документации</translation>
    </message>
</context>
<context>
    <name>b24::ProfileSwitcher</name>
    <message>
        <source>Choose a portal…</source>
        <translation>Выберите портал…</translation>
    </message>
    <message>
        <source>(this session)</source>
        <translation>(только этот сеанс)</translation>
    </message>
    <message>
        <source>Demo portal</source>
        <translation>Демо-портал</translation>
    </message>
</context>
<context>
    <name>b24::ProfilesDialog</name>
    <message>
        <source>Portals</source>
        <translation>Порталы</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>CA file…</source>
        <translation>Файл УЦ…</translation>
    </message>
    <message>
        <source>Trust a company CA or a TLS-inspecting proxy for this portal (PEM file)</source>
        <translation>Доверять корпоративному УЦ или прокси, проверяющему TLS, для этого портала (PEM-файл)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Файл УЦ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Rename portal</source>
        <translation>Переименование портала</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Remove portal</source>
        <translation>Удаление портала</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and delete its webhook from the keychain?</source>
        <translation>Удалить «%1» и стереть его вебхук из хранилища паролей?</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>только этот сеанс</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>хранилище паролей</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>файл УЦ: %1</translation>
    </message>
    <message>
        <source>The CA file cannot be used: %1</source>
        <translation>Файл УЦ нельзя использовать: %1</translation>
    </message>
    <message>
        <source>No CA file: the system&apos;s trust store only.</source>
        <translation>Файл УЦ не задан: только системное хранилище сертификатов.</translation>
    </message>
    <message>
        <source>CA file set; it is used the next time this portal opens.</source>
        <translation>Файл УЦ задан; он будет использован при следующем открытии портала.</translation>
    </message>
</context>
<context>
    <name>b24::ProgressReporter</name>
    <message>
        <source>%1/%2 rows</source>
        <translation>строк: %1 из %2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <source>  %1 rows/s</source>
        <translation>  %1 строк/с</translation>
    </message>
    <message>
        <source>  ETA %1:%2</source>
        <translation>  осталось %1:%2</translation>
    </message>
</context>
<context>
    <name>b24::RawJsonEditor</name>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>Некорректный JSON: %1</translation>
    </message>
    <message>
        <source>The parameters must be a JSON object ({...})</source>
        <translation>Параметры должны быть объектом JSON ({...})</translation>
    </message>
</context>
<context>
    <name>b24::RequestEditor</name>
    <message>
        <source>How all pages are fetched</source>
        <translation>Как загружаются все страницы</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Batched keyset (fastest)</source>
        <translation>Ключевой курсор в пакетах (быстрее всего)</translation>
    </message>
    <message>
        <source>Keyset</source>
        <translation>Ключевой курсор</translation>
    </message>
    <message>
        <source>Offset (start/next)</source>
        <translation>Смещение (start/next)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Run the request (Ctrl+Enter)</source>
        <translation>Выполнить запрос (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The batch has no commands</source>
        <translation>В пакете нет команд</translation>
    </message>
    <message>
        <source>All pages applies to list methods only; %1 is not a list: run it as a single call</source>
        <translation>«Все страницы» — только для методов-списков; %1 не список: выполните его одним вызовом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a search, not a method name: choose a method from the list</source>
        <translation>«%1» — это поиск, а не имя метода: выберите метод из списка</translation>
    </message>
</context>
<context>
    <name>b24::RequestLibrary</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Сохранённые запросы</translation>
    </message>
    <message>
        <source>Could not save the request: %1</source>
        <translation>Не удалось сохранить запрос: %1</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Сохранено как «%1».</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Сохранение запроса</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Choose a portal first.</source>
        <translation>Сначала выберите портал.</translation>
    </message>
    <message>
        <source>Copied as curl, with the secret.</source>
        <translation>Скопировано как curl, с секретом.</translation>
    </message>
    <message>
        <source>Copied as curl (secret masked).</source>
        <translation>Скопировано как curl (секрет скрыт).</translation>
    </message>
</context>
<context>
    <name>b24::ResultExporter</name>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a request first.</source>
        <translation>Выгружать пока нечего: сначала выполните запрос.</translation>
    </message>
</context>
<context>
    <name>b24::ResultView</name>
    <message>
        <source>Filter rows (any column)</source>
        <translation>Фильтр строк (по любому столбцу)</translation>
    </message>
    <message>
        <source>Sorting… %p%</source>
        <translation>Сортировка… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop sorting and keep the current order</source>
        <translation>Остановить сортировку и оставить текущий порядок</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Исходный ответ</translation>
    </message>
    <message>
        <source>Headers &amp;&amp; timing</source>
        <translation>Заголовки и время</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Копировать как TSV</translation>
    </message>
    <message>
        <source>Copy with column names</source>
        <translation>Копировать с названиями столбцов</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 из %n строки</numerusform>
            <numerusform>%1 из %n строк</numerusform>
            <numerusform>%1 из %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>API: REST 3.0 (v3)</source>
        <translation>API: REST 3.0 (v3)</translation>
    </message>
    <message>
        <source>API: classic REST (v2)</source>
        <translation>API: классический REST (v2)</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Idempotency-Key sent: %1</source>
        <translation>Отправлен Idempotency-Key: %1</translation>
    </message>
    <message>
        <source>Replayed: yes (Idempotent-Replayed: true) — the portal returned the answer it stored for an earlier request with this key; the method did not run again</source>
        <translation>Повтор: да (Idempotent-Replayed: true) — портал вернул ответ, сохранённый для прежнего запроса с этим ключом; метод повторно не выполнялся</translation>
    </message>
    <message>
        <source>Replayed: no — the method ran for this request; sending it again with the same key within 24 hours returns this answer instead of running it twice</source>
        <translation>Повтор: нет — метод выполнен для этого запроса; повторная отправка с тем же ключом в течение 24 часов вернёт этот ответ, а не выполнит метод второй раз</translation>
    </message>
</context>
<context>
    <name>b24::RunController</name>
    <message numerus="yes">
        <source>%n command(s) failed</source>
        <translation>
            <numerusform>%n команда завершилась ошибкой</numerusform>
            <numerusform>%n команды завершились ошибкой</numerusform>
            <numerusform>%n команд завершились ошибкой</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::RunModeBox</name>
    <message>
        <source>Single call</source>
        <translation>Один вызов</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
</context>
<context>
    <name>b24::RunPresenter</name>
    <message>
        <source>auto</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>batched keyset</source>
        <translation>ключевой курсор в пакетах</translation>
    </message>
    <message>
        <source>keyset</source>
        <translation>ключевой курсор</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>соединение потеряно</translation>
    </message>
    <message>
        <source>partial: %1 of %2 — %3</source>
        <translation>неполный: %1 из %2 — %3</translation>
    </message>
    <message>
        <source>partial: %1 rows — %2</source>
        <translation>неполный: строк %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln row(s)</source>
        <translation>
            <numerusform>Отменено после %Ln строки</numerusform>
            <numerusform>Отменено после %Ln строк</numerusform>
            <numerusform>Отменено после %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) in %2</source>
        <translation>
            <numerusform>%1: %Ln строка за %2</numerusform>
            <numerusform>%1: %Ln строки за %2</numerusform>
            <numerusform>%1: %Ln строк за %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln запрос</numerusform>
            <numerusform>%Ln запроса</numerusform>
            <numerusform>%Ln запросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial result: the list was cancelled after %Ln row(s).</source>
        <translation>
            <numerusform>Результат неполный: список отменён после %Ln строки.</numerusform>
            <numerusform>Результат неполный: список отменён после %Ln строк.</numerusform>
            <numerusform>Результат неполный: список отменён после %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial result: %Ln row(s) were read before the list failed (%1).</source>
        <translation>
            <numerusform>Результат неполный: до ошибки списка (%1) прочитана %Ln строка.</numerusform>
            <numerusform>Результат неполный: до ошибки списка (%1) прочитаны %Ln строки.</numerusform>
            <numerusform>Результат неполный: до ошибки списка (%1) прочитано %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every page of %1…</source>
        <translation>Загрузка всех страниц %1…</translation>
    </message>
    <message>
        <source>Running the batch…</source>
        <translation>Выполняется пакет…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Вызов %1…</translation>
    </message>
    <message numerus="yes">
        <source>The last answer of this list&apos;s %n request(s); the table holds the rows of all of them.</source>
        <translation>
            <numerusform>Последний ответ из %n запроса этого списка; в таблице строки всех ответов.</numerusform>
            <numerusform>Последний ответ из %n запросов этого списка; в таблице строки всех ответов.</numerusform>
            <numerusform>Последний ответ из %n запросов этого списка; в таблице строки всех ответов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer to show: the list received none.</source>
        <translation>Показать нечего: список не получил ни одного ответа.</translation>
    </message>
    <message>
        <source>Documentation example — not data from a portal: the demo portal answers methods it does not emulate with the example their documentation shows.</source>
        <translation>Пример из документации, а не данные портала: демопортал отвечает на методы, которых не эмулирует, примером из их документации.</translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n parameter(s) (%1):</source>
        <translation>
            <numerusform>Портал отклонил %n параметр (%1):</numerusform>
            <numerusform>Портал отклонил %n параметра (%1):</numerusform>
            <numerusform>Портал отклонил %n параметров (%1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 из %2 строк</translation>
    </message>
    <message>
        <source>strategy: %1</source>
        <translation>стратегия: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 строк/с</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>Waiting for the portal&apos;s limits: resumes in %1</source>
        <translation>Ожидание лимитов портала: продолжение через %1</translation>
    </message>
    <message>
        <source>Retrying (attempt %1 of %2, next in %3)</source>
        <translation>Повтор (попытка %1 из %2, следующая через %3)</translation>
    </message>
</context>
<context>
    <name>b24::SandboxCommandLine</name>
    <message>
        <source>Address to serve HTTPS on (default 127.0.0.1:0 = any free port; IPv6 as [::1]:0).</source>
        <translation>Адрес для HTTPS (по умолчанию 127.0.0.1:0 — любой свободный порт; IPv6 в виде [::1]:0).</translation>
    </message>
    <message>
        <source>Write the certificate it serves (PEM) to FILE, for clients to trust as a CA.</source>
        <translation>Записать отдаваемый сертификат (PEM) в FILE, чтобы клиенты доверяли ему как центру сертификации.</translation>
    </message>
    <message>
        <source>Seed for the generated data, the secret and the fault draws (default 1).</source>
        <translation>Начальное значение для генерации данных, секрета и выбора сбоев (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Row counts: deals=N,contacts=N,leads=N,companies=N,users=N,tasks=N (unnamed entities keep defaults).</source>
        <translation>Число записей: deals=N,contacts=N,leads=N,companies=N,users=N,tasks=N (сделки, контакты, лиды, компании, пользователи, задачи; для неуказанных — значения по умолчанию).</translation>
    </message>
    <message>
        <source>standard|enterprise|unlimited: leaky-bucket limits (50/2, 250/5, none).</source>
        <translation>standard|enterprise|unlimited: лимиты «дырявого ведра» (50/2, 250/5, без лимита).</translation>
    </message>
    <message>
        <source>Virtual handler time charged per call, to drive the operating limit (default 0).</source>
        <translation>Условное время обработки, начисляемое за вызов, для проверки лимита на время выполнения (по умолчанию 0).</translation>
    </message>
    <message>
        <source>Added to every response.</source>
        <translation>Задержка, добавляемая к каждому ответу.</translation>
    </message>
    <message>
        <source>Per-request fault probabilities, e.g. 503=0.1,html502=0.05,reset=0.05,truncate=0.02,slow=0.01,nonjson=0.02.</source>
        <translation>Вероятности сбоев на запрос, например 503=0.1,html502=0.05,reset=0.05,truncate=0.02,slow=0.01,nonjson=0.02.</translation>
    </message>
    <message>
        <source>How late the &apos;slow&apos; fault answers (default 70000, beyond a client&apos;s timeout).</source>
        <translation>Через сколько отвечает сбой «slow» (по умолчанию 70000 — дольше тайм-аута клиента).</translation>
    </message>
    <message>
        <source>Scopes granted to the webhook, comma-separated (default crm,user,task,department).</source>
        <translation>Права доступа вебхука через запятую (по умолчанию crm,user,task,department).</translation>
    </message>
    <message>
        <source>Append one JSON line per HTTP request: time, method, status, bytes, ms, fault.</source>
        <translation>Дописывать по строке JSON на каждый HTTP-запрос: время, метод, статус, байты, мс, сбой.</translation>
    </message>
    <message>
        <source>Webhook secret (default: derived from the seed).</source>
        <translation>Секретный код вебхука (по умолчанию выводится из начального значения).</translation>
    </message>
    <message>
        <source>Webhook owner&apos;s user id (default 1).</source>
        <translation>ID пользователя — владельца вебхука (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Also serve plain HTTP on PORT (0 = any free port); the portal answers it as the cloud answers http://.</source>
        <translation>Также принимать обычный HTTP на PORT (0 — любой свободный порт); портал отвечает на него так же, как облачный Битрикс24 на http://.</translation>
    </message>
    <message>
        <source>Close keep-alive connections idle this long (default 30000).</source>
        <translation>Закрывать keep-alive-соединения, простаивающие дольше этого, в мс (по умолчанию 30000).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Handler time allowed per webhook and method per 10 minutes (default 480).</source>
        <translation>Время обработчика, разрешённое вебхуку на метод за 10 минут (по умолчанию 480).</translation>
    </message>
    <message>
        <source>Handler time of a full list page (50 default crm.deal.list rows; fewer rows or columns cost less): the answer comes that much later and the operating budget is charged for it; a request past 60 s is cut off with an HTML 504 (default 0).</source>
        <translation>Время обработчика на полную страницу списка (50 строк crm.deal.list по умолчанию; меньше строк или полей — дешевле): ответ приходит на столько же позже, и столько же списывается с лимита на время выполнения; запрос дольше 60 с обрывается HTML-ответом 504 (по умолчанию 0).</translation>
    </message>
    <message>
        <source>Run every portal clock N times faster (time, operating buckets, the leaky bucket) and every added delay N times shorter (default 1).</source>
        <translation>Все часы портала идут в N раз быстрее (time, корзины времени выполнения, лимит запросов), а каждая добавленная задержка в N раз короче (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Accept a second webhook of the same owner with this secret (repeatable); its URL is printed on the next line. Each webhook has its own operating budget.</source>
        <translation>Принимать второй вебхук того же владельца с этим секретом (можно несколько раз); его адрес печатается следующей строкой. У каждого вебхука свой лимит на время выполнения.</translation>
    </message>
    <message>
        <source>Answer every documented method the sandbox does not emulate with the documentation&apos;s example answer, marked by the response header X-Sandbox-Example: true.</source>
        <translation>Отвечать на каждый описанный в документации метод, которого песочница не эмулирует, примером ответа из документации с заголовком ответа X-Sandbox-Example: true.</translation>
    </message>
    <message>
        <source>Act as a renamed portal: answer every request with a 302 to https://HOST and the same path (HOST may carry a port).</source>
        <translation>Вести себя как переименованный портал: отвечать на каждый запрос переадресацией 302 на https://HOST с тем же путём (HOST может включать порт).</translation>
    </message>
    <message>
        <source>Usage: b24-sandbox [options]
A local Bitrix24 portal over HTTPS for tests, benchmarks and demos.
The first line on stdout is the webhook URL (https://127.0.0.1:PORT/rest/1/SECRET/);
it runs until SIGINT or SIGTERM.

Options:
</source>
        <translation>Использование: b24-sandbox [параметры]
Локальный портал Битрикс24 по HTTPS для тестов, замеров производительности и демонстраций.
Первая строка в stdout — адрес вебхука (https://127.0.0.1:PORT/rest/1/SECRET/);
работает до SIGINT или SIGTERM.

Параметры:
</translation>
    </message>
    <message>
        <source>Methods the webhook&apos;s user may not use, comma-separated: they answer ACCESS_DENIED, as for a user without that permission (e.g. crm.status.list).</source>
        <translation>Методы, недоступные пользователю вебхука, через запятую: отвечают ACCESS_DENIED, как пользователю без этого права (например, crm.status.list).</translation>
    </message>
</context>
<context>
    <name>b24::SavedRequest</name>
    <message>
        <source>a saved request needs a name and a method</source>
        <translation>у сохранённого запроса должны быть название и метод</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: params must be an object</source>
        <translation>«%1»: params должен быть объектом</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown run mode %2</source>
        <translation>«%1»: неизвестный режим запуска %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: API version %2 is not supported</source>
        <translation>«%1»: версия API %2 не поддерживается</translation>
    </message>
</context>
<context>
    <name>b24::SavedRequestStore</name>
    <message>
        <source>This is not a file of saved requests.</source>
        <translation>Это не файл сохранённых запросов.</translation>
    </message>
    <message>
        <source>No such saved request, or no name.</source>
        <translation>Нет такого сохранённого запроса или не указано название.</translation>
    </message>
</context>
<context>
    <name>b24::SavedRequestsView</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Save this portal&apos;s requests as a JSON file (no secret in it)</source>
        <translation>Сохранить запросы этого портала в JSON-файл (без секрета)</translation>
    </message>
    <message>
        <source>Add the requests of a JSON file to one of your portals</source>
        <translation>Добавить запросы из JSON-файла к одному из ваших порталов</translation>
    </message>
    <message>
        <source>Rename saved request</source>
        <translation>Переименование сохранённого запроса</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Delete saved request</source>
        <translation>Удаление сохранённого запроса</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Export saved requests</source>
        <translation>Выгрузка сохранённых запросов</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n запрос выгружен в %1</numerusform>
            <numerusform>%n запроса выгружено в %1</numerusform>
            <numerusform>%n запросов выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>Загружен %n запрос</numerusform>
            <numerusform>Загружено %n запроса</numerusform>
            <numerusform>Загружено %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Загрузка не удалась: %1</translation>
    </message>
    <message>
        <source>Import saved requests</source>
        <translation>Загрузка сохранённых запросов</translation>
    </message>
    <message>
        <source>Add them to the portal:</source>
        <translation>Добавить их к порталу:</translation>
    </message>
</context>
<context>
    <name>b24::SchemaSource</name>
    <message>
        <source>No portal</source>
        <translation>Портал не открыт</translation>
    </message>
</context>
<context>
    <name>b24::SelectPicker</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>b24::Session</name>
    <message>
        <source>Demo portal</source>
        <translation>Демо-портал</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Этого профиля больше нет.</translation>
    </message>
    <message>
        <source>The webhook of &quot;%1&quot; could not be read: %2</source>
        <translation>Не удалось прочитать вебхук «%1»: %2</translation>
    </message>
    <message>
        <source>The CA file of &quot;%1&quot; (%2) cannot be used: %3</source>
        <translation>Файл УЦ профиля «%1» (%2) нельзя использовать: %3</translation>
    </message>
    <message>
        <source>This program has no demo portal.</source>
        <translation>В этой программе нет демо-портала.</translation>
    </message>
</context>
<context>
    <name>b24::ShownValues</name>
    <message>
        <source>%1: no name (%2)</source>
        <translation>%1: нет названия (%2)</translation>
    </message>
</context>
<context>
    <name>b24::V3FilterBuilder</name>
    <message>
        <source>REST 3.0 takes the filter as an array of conditions [field, operator, value]; this one is not, so it is sent as written. Empty it or write an array to use the form.</source>
        <translation>REST 3.0 принимает фильтр как массив условий [поле, оператор, значение]; этот фильтр не такой, поэтому он отправляется как написан. Очистите его или запишите массивом, чтобы пользоваться формой.</translation>
    </message>
    <message>
        <source>filter: not JSON: %1</source>
        <translation>filter: не JSON: %1</translation>
    </message>
</context>
<context>
    <name>b24::V3FilterCondition</name>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить условие</translation>
    </message>
    <message>
        <source>comma-separated list or JSON array</source>
        <translation>список через запятую или массив JSON</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Not a condition this form knows; sent as written.</source>
        <translation>Форма не знает такого условия; отправляется как написано.</translation>
    </message>
    <message>
        <source>filter: not JSON: %1</source>
        <translation>filter: не JSON: %1</translation>
    </message>
    <message>
        <source>filter: a condition has no field</source>
        <translation>filter: у условия не указано поле</translation>
    </message>
    <message>
        <source>filter: %1: &quot;in&quot; needs at least one value</source>
        <translation>filter: %1: для &quot;in&quot; нужно хотя бы одно значение</translation>
    </message>
    <message>
        <source>filter: %1: &quot;between&quot; needs a from and a to value</source>
        <translation>filter: %1: для &quot;between&quot; нужны начальное и конечное значения</translation>
    </message>
    <message>
        <source>filter: %1: &quot;%2&quot; is not a number</source>
        <translation>filter: %1: &quot;%2&quot; — не число</translation>
    </message>
</context>
<context>
    <name>b24::V3FilterGroup</name>
    <message>
        <source>NOT</source>
        <translation>НЕ</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Условие</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Группа</translation>
    </message>
    <message>
        <source>All of (AND)</source>
        <translation>Все (И)</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>Любое (ИЛИ)</translation>
    </message>
    <message>
        <source>Negate the group: rows that do not match it (&quot;negative&quot;: true)</source>
        <translation>Отрицание группы: строки, которые ей не соответствуют (&quot;negative&quot;: true)</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Not a group this form knows (other keys or logic); sent as written.</source>
        <translation>Форма не знает такой группы (другие ключи или logic); отправляется как написано.</translation>
    </message>
    <message>
        <source>filter: a group has no conditions</source>
        <translation>filter: в группе нет условий</translation>
    </message>
</context>
<context>
    <name>b24::V3SelectPicker</name>
    <message>
        <source>Search fields</source>
        <translation>Поиск полей</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>relation, many: %1</source>
        <translation>связь, много: %1</translation>
    </message>
    <message>
        <source>relation: %1</source>
        <translation>связь: %1</translation>
    </message>
    <message>
        <source>not in the schema</source>
        <translation>нет в схеме</translation>
    </message>
</context>
<context>
    <name>b24::ValueCheck</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time (ISO 8601)</source>
        <translation>«%1» — не дата и время (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: use a dot, %2</source>
        <translation>«%1» — не число: используйте точку, %2</translation>
    </message>
</context>
<context>
    <name>b24::WebhookAdvice</name>
    <message>
        <source>The portal does not accept this webhook: the user id or the secret is wrong, or the webhook was deleted. Copy the URL again from Developer resources &gt; Inbound webhook.</source>
        <translation>Портал не принимает этот вебхук: неверен ID пользователя или секрет, либо вебхук удалён. Скопируйте адрес заново в разделе «Разработчикам» &gt; «Входящий вебхук».</translation>
    </message>
    <message>
        <source>The user who owns this webhook is deactivated or dismissed. Create the webhook again under an active user.</source>
        <translation>Пользователь, которому принадлежит вебхук, деактивирован или уволен. Создайте вебхук заново от имени активного пользователя.</translation>
    </message>
    <message>
        <source>The webhook lacks the permission (scope) this method needs. Edit the webhook in Bitrix24 and tick the missing scope; the URL stays the same.</source>
        <translation>У вебхука нет прав, нужных этому методу. Откройте вебхук в Битрикс24 и отметьте недостающие права; адрес вебхука не изменится.</translation>
    </message>
    <message>
        <source>The REST API is not available on this portal&apos;s plan (or the subscription ended). It needs a commercial plan.</source>
        <translation>REST API недоступен на тарифе этого портала (или подписка закончилась). Нужен коммерческий тариф.</translation>
    </message>
    <message>
        <source>Webhooks work over HTTPS only. Use the https:// address of the portal.</source>
        <translation>Вебхуки работают только по HTTPS. Используйте адрес портала, начинающийся с https://.</translation>
    </message>
    <message>
        <source>The portal has blocked REST calls of this webhook for overload. Wait, reduce the load (fewer parallel jobs, batch calls), or ask Bitrix24 support to lift the block.</source>
        <translation>Портал заблокировал REST-вызовы этого вебхука из-за перегрузки. Подождите, снизьте нагрузку (меньше параллельных задач, пакетные запросы) или попросите техподдержку Битрикс24 снять блокировку.</translation>
    </message>
    <message>
        <source>Too many requests per second. The explorer slows down and retries by itself; lower the request rate if it keeps happening.</source>
        <translation>Слишком много запросов в секунду. Программа сама замедляется и повторяет запросы; если это повторяется, снизьте частоту запросов.</translation>
    </message>
    <message>
        <source>This method used up its processing-time budget (about 8 minutes per 10 minutes). Calls to it resume when the budget resets; other methods still work.</source>
        <translation>Метод исчерпал лимит времени выполнения (около 8 минут за 10 минут). Вызовы возобновятся, когда лимит обнулится; остальные методы работают.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect: it was probably renamed. Check the new address and update the profile; the webhook URL is not sent to a new host without your consent.</source>
        <translation>Портал ответил перенаправлением — вероятно, его переименовали. Проверьте новый адрес и обновите профиль; без вашего согласия адрес вебхука на новый сервер не отправляется.</translation>
    </message>
    <message>
        <source>The portal answered with a redirect to %1: it was probably renamed. Check the new address and update the profile; the webhook URL is not sent to a new host without your consent.</source>
        <translation>Портал ответил перенаправлением на %1 — вероятно, его переименовали. Проверьте новый адрес и обновите профиль; без вашего согласия адрес вебхука на новый сервер не отправляется.</translation>
    </message>
    <message>
        <source>The portal is deleted or closed. Check the address and the portal&apos;s status.</source>
        <translation>Портал удалён или закрыт. Проверьте адрес и состояние портала.</translation>
    </message>
    <message>
        <source>The portal does not know this method: check its name, or whether the module is installed.</source>
        <translation>Портал не знает этот метод: проверьте его название и установлен ли нужный модуль.</translation>
    </message>
    <message>
        <source>This method works only for applications (OAuth), not for webhooks.</source>
        <translation>Этот метод доступен только приложениям (OAuth), а не вебхукам.</translation>
    </message>
    <message>
        <source>The portal could not be reached: check the address and the network connection.</source>
        <translation>Не удалось связаться с порталом: проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate could not be verified. The connection was refused for your safety; check the address and the system clock. A portal with a company CA, or a company proxy that inspects TLS: name that CA&apos;s file (PEM) as the profile&apos;s CA file (Add webhook, or Portal → Manage profiles → CA file…), or give it to b24-cli with --cacert FILE.</source>
        <translation>Не удалось проверить сертификат портала. Соединение отклонено ради вашей безопасности; проверьте адрес и системные часы. Если у портала корпоративный УЦ или корпоративный прокси проверяет TLS, укажите файл этого УЦ (PEM) как файл УЦ профиля («Добавить вебхук» или «Портал» → «Управление профилями» → «Файл УЦ…») либо передайте его b24-cli через --cacert FILE.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again; a slow list may need smaller pages.</source>
        <translation>Портал не ответил вовремя. Повторите попытку; для медленного списка могут понадобиться страницы поменьше.</translation>
    </message>
    <message>
        <source>The portal answered an error: %1</source>
        <translation>Портал вернул ошибку: %1</translation>
    </message>
</context>
<context>
    <name>b24::WebhookCheckDialog</name>
    <message>
        <source>Webhook check</source>
        <translation>Проверка вебхука</translation>
    </message>
</context>
<context>
    <name>b24::WebhookCheckReport</name>
    <message>
        <source>Webhook:</source>
        <translation>Вебхук:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>FAILED  %1</source>
        <translation>ОШИБКА  %1</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Совет:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>user %1 %2 (administrator)</source>
        <translation>пользователь %1 %2 (администратор)</translation>
    </message>
    <message>
        <source>user %1 %2</source>
        <translation>пользователь %1 %2</translation>
    </message>
    <message>
        <source>user.current refused: %1</source>
        <translation>user.current отклонён: %1</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Права доступа:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Методы:</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>доступно: %1</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Время отклика:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестна)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Тариф:</translation>
    </message>
    <message>
        <source>%1 (the portal&apos;s rate limits)</source>
        <translation>%1 (лимиты запросов портала)</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Лимиты:</translation>
    </message>
    <message>
        <source>burst %1, %2 requests/s (client side)</source>
        <translation>всплеск до %1, скорость %2 запр./с (на стороне клиента)</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Внимание:</translation>
    </message>
</context>
<context>
    <name>b24::WebhookCheckView</name>
    <message>
        <source>&lt;b&gt;Checking %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проверка %1…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The webhook does not work.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вебхук не работает.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The webhook works.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вебхук работает.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The webhook works, with remarks.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вебхук работает, но есть замечания.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Вебхук:</translation>
    </message>
    <message>
        <source>Acts as:</source>
        <translation>Действует от имени:</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (пользователь %2)</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Администратор:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Права:</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>портал не сообщил</translation>
    </message>
    <message>
        <source>Methods available:</source>
        <translation>Доступно методов:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Время отклика:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Тариф:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request limit:</source>
        <translation>Лимит запросов:</translation>
    </message>
    <message>
        <source>%1 at once, then %2 per second</source>
        <translation>%1 сразу, затем %2 в секунду</translation>
    </message>
    <message>
        <source>Current user:</source>
        <translation>Текущий пользователь:</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Совет:</translation>
    </message>
</context>
<context>
    <name>b24::WebhookUrl</name>
    <message>
        <source>Webhook URL cannot be empty</source>
        <translation>Адрес вебхука не может быть пустым</translation>
    </message>
    <message>
        <source>Invalid webhook URL format</source>
        <translation>Неверный формат адреса вебхука</translation>
    </message>
    <message>
        <source>Webhook requires HTTPS protocol</source>
        <translation>Вебхуку нужен протокол HTTPS</translation>
    </message>
    <message>
        <source>Webhook URL must follow format: /rest/&lt;userId&gt;/&lt;secret&gt; or /rest/api/&lt;userId&gt;/&lt;secret&gt;</source>
        <translation>Адрес вебхука должен иметь вид /rest/&lt;userId&gt;/&lt;secret&gt; или /rest/api/&lt;userId&gt;/&lt;secret&gt;</translation>
    </message>
    <message>
        <source>Webhook user ID must be a non-negative number</source>
        <translation>ID пользователя вебхука должен быть неотрицательным числом</translation>
    </message>
</context>
<context>
    <name>b24::WelcomePage</name>
    <message>
        <source>Explore a demo portal</source>
        <translation>Открыть демо-портал</translation>
    </message>
    <message>
        <source>Add a webhook…</source>
        <translation>Добавить вебхук…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;B24 Explorer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;B24 Explorer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Paste an inbound webhook URL of your Bitrix24 portal (https://your.bitrix24.com/rest/1/…/) to start. Its secret is kept in the system keychain.&lt;br&gt;No webhook at hand? The demo portal runs on this computer with sample CRM data.</source>
        <translation>Чтобы начать, вставьте адрес входящего вебхука вашего портала Битрикс24 (https://your.bitrix24.ru/rest/1/…/). Секрет хранится в системном хранилище паролей.&lt;br&gt;Нет вебхука под рукой? Демо-портал работает прямо на этом компьютере и содержит примеры данных CRM.</translation>
    </message>
    <message>
        <source>Browse the documented API</source>
        <translation>Справочник методов API</translation>
    </message>
    <message>
        <source>Find any documented method, see its parameters and example, open its page</source>
        <translation>Найти любой документированный метод, посмотреть его параметры и пример, открыть его страницу</translation>
    </message>
</context>
<context>
    <name>b24::WriteConfirmation</name>
    <message>
        <source>Change data on the portal?</source>
        <translation>Изменить данные на портале?</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) may change data on %1/…:
%2

Send the request?</source>
        <translation>
            <numerusform>%n метод может изменить данные на %1/…:
%2

Отправить запрос?</numerusform>
            <numerusform>%n метода могут изменить данные на %1/…:
%2

Отправить запрос?</numerusform>
            <numerusform>%n методов могут изменить данные на %1/…:
%2

Отправить запрос?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Don&apos;t ask again this session for this portal</source>
        <translation>Больше не спрашивать для этого портала до закрытия программы</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) may change data on %1/… via REST 3.0 (/rest/api/):
%2

The request carries an Idempotency-Key, so if its answer is lost it is sent again safely: the portal runs it at most once.

Send the request?</source>
        <translation>
            <numerusform>%n метод может изменить данные на %1/… через REST 3.0 (/rest/api/):
%2

Запрос несёт Idempotency-Key: если ответ потеряется, его можно безопасно отправить снова — портал выполнит его не более одного раза.

Отправить запрос?</numerusform>
            <numerusform>%n метода могут изменить данные на %1/… через REST 3.0 (/rest/api/):
%2

Запрос несёт Idempotency-Key: если ответ потеряется, его можно безопасно отправить снова — портал выполнит его не более одного раза.

Отправить запрос?</numerusform>
            <numerusform>%n методов могут изменить данные на %1/… через REST 3.0 (/rest/api/):
%2

Запрос несёт Idempotency-Key: если ответ потеряется, его можно безопасно отправить снова — портал выполнит его не более одного раза.

Отправить запрос?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explorer for the Bitrix24 REST API</source>
        <translation>Обозреватель REST API Битрикс24</translation>
    </message>
    <message>
        <source>Open the demo portal at once.</source>
        <translation>Сразу открыть демо-портал.</translation>
    </message>
    <message>
        <source>Open the demo portal at once when no portal is saved yet.</source>
        <translation>Сразу открыть демо-портал, если ещё не сохранён ни один портал.</translation>
    </message>
</context>
</TS>
