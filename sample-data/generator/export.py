"""Records of one clinic's export, and writing them as CSV/TSV bytes."""

import datetime

from generator import cases as C

FIRST_DAY, LAST_DAY = datetime.date(2025, 10, 1), datetime.date(2026, 10, 31)
CP1252_MARK, NUL_MARK = "\ue000", "\ue001"  # replaced by raw bytes when writing


class Clinic:
    """How one clinic's system exports: columns, formats, line ends. Attributes as given."""

    defaults = dict(time_share=0.0, time_fmt="", sex_names={"F": "F", "M": "M", "U": "U", "X": "X"},
                    meds_sep="; ", quote_all=False, crlf=False, bom=False, lines_in_text=False,
                    date_fmt="%Y-%m-%d", delimiter=",", encoding="utf-8", extra_values=None,
                    age_blank_share=0.0, monthly_ids=False)

    def __init__(self, **kw):
        self.__dict__.update(self.defaults)
        self.__dict__.update(kw)


class Record:
    """One intake row: who, when, what was written, and what the importer should do with it."""

    def __init__(self, clinic, seq, patient, day, content):
        self.clinic, self.seq, self.patient, self.day, self.content = clinic, seq, patient, day, content
        self.intake_id = clinic.intake_id(seq, day)
        self.time = None
        self.extra = ""
        self.sex = patient.sex
        self.birth = patient.birth
        self.show_age = True
        self.override = {}          # field -> text written instead
        self.raw_fields = {}        # column index -> text written as is, unquoted
        self.drop_last = 0          # fields cut off the end of the row
        self.bad = ""               # why the row must be rejected
        self.change = ""            # what a second-night row changes
        self.expect = "inserted"    # inserted / updated / unchanged / rejected
        self.line = 0               # physical line where the row starts (set when written)

    def copy(self, new_content=False):
        r = Record.__new__(Record)
        r.__dict__.update(self.__dict__)
        r.override, r.raw_fields = dict(self.override), dict(self.raw_fields)
        if new_content:
            r.content = C.Content()
            r.content.__dict__.update(self.content.__dict__)
            r.content.history, r.content.meds = list(self.content.history), list(self.content.meds)
            r.content.causes = set(self.content.causes)
        return r

    @property
    def age(self):
        return C.age_on(self.birth, self.day)

    def value(self, field):
        if field in self.override:
            return self.override[field]
        cl, ct = self.clinic, self.content
        simple = {"clinic_id": cl.id, "clinic_name": cl.name, "intake_id": self.intake_id,
                  "patient_id": self.patient.patient_id, "sex": cl.sex_names[self.sex],
                  "birth_date": self.birth.strftime(cl.date_fmt), "complaint": ct.complaint,
                  "history": "; ".join(ct.history), "medications": cl.meds_sep.join(ct.meds),
                  "extra": self.extra}
        if field in simple:
            return simple[field]
        if field == "intake_date":
            text = self.day.strftime(cl.date_fmt)
            return text + self.time.strftime(cl.time_fmt) if self.time is not None else text
        if field == "age":
            return str(self.age) if self.show_age else ""
        raise KeyError(field)


class ClinicBuilder:
    """Makes a clinic's patients and records, numbering intakes as its system does."""

    seen = set()  # complaint texts of every clinic, so that none repeats exactly

    def __init__(self, rng, clinic):
        self.rng, self.clinic = rng, clinic
        self.writer = C.CaseWriter(rng, clinic.profile, ClinicBuilder.seen)
        self.patients = []
        self.seq = 0
        self.month_seq = {}

    def new_patient(self):
        r, cl = self.rng, self.clinic
        bands = C.AGE_BANDS[cl.profile]
        low, high, _ = r.choices(bands, weights=[b[2] for b in bands])[0]
        age = r.randint(low, high)
        birth = C.REF_DATE - datetime.timedelta(days=int(age * 365.25) + r.randrange(365))
        sex = "F" if r.random() < C.FEMALE_SHARE[cl.profile] else "M"
        if r.random() < 0.015:
            sex = r.choice(["U", "X"])
        p = C.Patient(cl.patient_id(len(self.patients) + 1), sex, birth)
        self.patients.append(p)
        return p

    def patient(self, day):
        # Some patients come back; a returning patient must have been born by then.
        if self.patients and self.rng.random() < 0.22:
            p = self.rng.choice(self.patients)
            if p.birth < day:
                return p
        return self.new_patient()

    def next_seq(self, day):
        if getattr(self.clinic, "monthly_ids", False):
            key = (day.year, day.month)
            self.month_seq[key] = self.month_seq.get(key, 0) + 1
            return self.month_seq[key]
        self.seq += 1
        return self.seq

    def record(self, day, cramp=None):
        r, cl = self.rng, self.clinic
        patient = self.patient(day)
        age = C.age_on(patient.birth, day)
        sex = patient.sex if patient.sex in ("F", "M") else "F"
        style = r.choices(list(cl.styles), weights=list(cl.styles.values()))[0]
        if cramp is None:
            cramp = age >= 10 and r.random() < 0.5
        w = self.writer
        if cramp and age >= 10:
            content = w.unique(lambda: w.cramp(style, sex, age, day.month, cl.lines_in_text))
        else:
            content = w.unique(lambda: w.ordinary(style, sex, age))
        rec = Record(cl, self.next_seq(day), patient, day, content)
        if r.random() < cl.time_share:
            rec.time = datetime.time(r.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17]), r.randrange(60),
                                     r.randrange(60) if "%S" in cl.time_fmt else 0)
        if cl.extra_values:
            rec.extra = r.choice(cl.extra_values)
        if cl.age_blank_share and r.random() < cl.age_blank_share:
            rec.show_age = False
        return rec

    def records(self, count, first=FIRST_DAY, last=LAST_DAY):
        """`count` records on sorted random days from `first` to `last` (the last on `last`)."""
        span = (last - first).days
        days = sorted(first + datetime.timedelta(days=self.rng.randrange(span + 1)) for _ in range(count - 1))
        return [self.record(d) for d in days + [last]]


def encode_row(clinic, values, raw_fields=None):
    """One CSV/TSV row (RFC 4180 quoting), without its line end."""
    delimiter = clinic.delimiter
    cells = []
    for i, v in enumerate(values):
        if raw_fields and i in raw_fields:
            cells.append(raw_fields[i])
        elif clinic.quote_all or any(ch in v for ch in (delimiter, '"', "\n", "\r")) or v != v.strip():
            cells.append('"' + v.replace('"', '""') + '"')
        else:
            cells.append(v)
    return delimiter.join(cells)


def count_line_ends(data):
    """Physical line ends as the importer counts them: CRLF, lone CR and lone LF, one each."""
    crlf = data.count(b"\r\n")
    rest = data.replace(b"\r\n", b"")
    return crlf + rest.count(b"\r") + rest.count(b"\n")


def write_file(path, clinic, records):
    """Writes header and records; sets each record's `line` to where it starts."""
    eol = "\r\n" if clinic.crlf else "\n"
    out = bytearray(b"\xef\xbb\xbf" if clinic.bom else b"")
    out += (encode_row(clinic, [h for h, _ in clinic.columns]) + eol).encode(clinic.encoding)
    lines = 1 + count_line_ends(bytes(out))
    for rec in records:
        rec.line = lines
        values = [rec.value(f) for _, f in clinic.columns]
        if rec.drop_last:
            values = values[:-rec.drop_last]
        text = encode_row(clinic, values, rec.raw_fields) + eol
        data = text.encode(clinic.encoding)
        if clinic.encoding == "utf-8":
            data = data.replace(CP1252_MARK.encode(), b"\x92").replace(NUL_MARK.encode(), b"\x00")
        out += data
        lines += count_line_ends(data)
    with open(path, "wb") as f:
        f.write(out)
