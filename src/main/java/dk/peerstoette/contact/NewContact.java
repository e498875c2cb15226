package dk.peerstoette.contact;

/** A new contact's form and what it offers. */
public record NewContact(ContactForm form, ContactFormChoices choices) {
}
