// Short forms of English given names, the form outlets disagree on most ("Jim Mattis" / "James Mattis",
// "Dave Brat" / "David Brat"). Written by us from common usage. Only unambiguous short forms: "Will", "Pat"
// and "Harry" are left out, since each is also a word or a name of its own (Prince Harry is no Henry in print).
const SHORT_FORMS =
  'jim:james jimmy:james dave:david dan:daniel danny:daniel mike:michael mick:michael bob:robert bobby:robert ' +
  'rob:robert bill:william billy:william tom:thomas tommy:thomas joe:joseph chuck:charles charlie:charles ' +
  'chris:christopher steve:steven tony:anthony ed:edward eddie:edward rick:richard dick:richard rich:richard ' +
  'ron:ronald don:donald larry:lawrence jerry:gerald nick:nicholas matt:matthew sam:samuel ben:benjamin ' +
  'alex:alexander andy:andrew greg:gregory jeff:jeffrey ken:kenneth tim:timothy pete:peter fred:frederick ' +
  'hank:henry jack:john johnny:john liz:elizabeth beth:elizabeth kate:katherine kathy:katherine cathy:katherine ' +
  'sue:susan jen:jennifer jenny:jennifer maggie:margaret peggy:margaret debbie:deborah barb:barbara pam:pamela ' +
  'patty:patricia vicky:victoria becky:rebecca';

const formal = new Map(SHORT_FORMS.split(' ').map((pair) => pair.split(':') as [string, string]));

/** The full form of a short given name ('jim' → 'james'), else the name itself. Lowercase in and out. */
export function formalGivenName(lower: string): string {
  return formal.get(lower) ?? lower;
}
