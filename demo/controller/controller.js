// The controller's view of the demo: receipts by consent id (or from a date), read through the
// receiver's authenticated export. Everything from the server is shown as text.
const form = document.getElementById('lookup');
const status = document.getElementById('status');
const table = document.getElementById('result');
const body = table.querySelector('tbody');

function query() {
  const data = new FormData(form);
  const q = new URLSearchParams();
  if (data.get('consentId')) q.set('consentId', data.get('consentId').trim());
  else if (data.get('from')) q.set('from', data.get('from'));
  else q.set('from', '1970-01-01');
  return q;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  status.textContent = 'Henter …';
  const token = new FormData(form).get('token');
  const res = await fetch('/consent-proofs?' + query(), { headers: { authorization: 'Bearer ' + token } });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    status.textContent = `Feil ${res.status}: ${json.error ?? ''}`;
    table.hidden = true;
    return;
  }
  body.replaceChildren();
  for (const r of json.receipts) {
    const tr = document.createElement('tr');
    const granted = Object.entries(r.categories)
      .filter(([, v]) => v)
      .map(([k]) => k)
      .join(', ');
    for (const cell of [r.receivedAt, r.timestamp, r.method, granted, r.revision, r.receiptId]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    body.append(tr);
  }
  table.hidden = json.receipts.length === 0;
  status.textContent = `${json.receipts.length} kvitteringer.`;
});
