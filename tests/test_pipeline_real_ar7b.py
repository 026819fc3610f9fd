"""Arabic kinds from real-page shapes (session 6, RA3): fresh passages, invented names, several sectors."""

from talentflow.pipeline import extract


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.kind, e.person.mention if e.person else None, e.org.mention if e.org else None, e.role)
            for e in extract(text, "ar", published="2025-03-01")]


def test_insider_title_owned_by_the_org_then_new_post_is_role_change() -> None:
    # 'ta'yin na'ib al-ra'is al-tanfidhi lil-bank X ra'isan tanfidhiyyan': the title before the
    # name, owned by the org ('of the bank', 'in the company'), is the post held; the post after it is the new one
    assert _events("قرر مجلس إدارة بنك الواحة الوطني تعيين نائب الرئيس التنفيذي للبنك سامر الحداد "
                   "رئيسا تنفيذيا، خلفا لرئيسه السابق.") == [
        ("role_change", "سامر الحداد", "بنك الواحة الوطني", "ceo")]
    assert _events("عين مجلس إدارة مجموعة الريحان للتجزئة المدير المالي للمجموعة كمال يوسف "
                   "رئيسا تنفيذيا لها.") == [("role_change", "كمال يوسف", "مجموعة الريحان للتجزئة", "ceo")]
    assert _events("وافقت الجمعية العمومية لشركة ضياء للطاقة على تعيين الرئيس التنفيذي للعمليات في الشركة "
                   "نادر الفقيه رئيسا تنفيذيا اعتبارا من أبريل المقبل.") == [
        ("role_change", "نادر الفقيه", "ضياء للطاقة", "ceo")]
